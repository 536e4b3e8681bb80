"""An Azerbaijani count followed by "olan" before a noun gives that noun's size ("kəndin 940
nəfər olan əhalisi", the village's population of 940), as "940 nəfərlik" does: no persons a
fate befell. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count"))


def test_population_that_left():
    text = "Müharibədən sonra kəndin 1 200 nəfər olan əhalisinin çoxu kəndi tərk edib."
    assert _read(text) == []


def test_population_beside_a_count_of_the_displaced():
    text = "Qəsəbənin 3 000 nəfər olan əhalisindən 800 nəfər evlərini tərk etməyə məcbur olub."
    assert _read(text) == [("displaced", 800)]


def test_near_miss_olan_before_the_count():
    # "Həbsdə olan 40 nəfər": "olan" says where the 40 were, and they are counted.
    assert _read("Həbsdə olan 40 nəfər azad edilib.") == [("released", 40)]
