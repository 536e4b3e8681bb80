"""An Azerbaijani count followed by "olan" before a noun gives that noun's size ("kəndin 940
nəfər olan əhalisi", the village's population of 940), as "940 nəfərlik" does: no persons a
fate befell. So does a population before "olan" ("30 min nəfər əhalisi olan qəsəbə", a town
of 30,000) or "əhalili" ("2 min əhalili kənd"): the place's size, not who left it; "kəndin
400 nəfər əhalisi" with no "olan" counts its inhabitants. Sentences written here."""

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


def test_town_sized_by_a_population_before_olan():
    text = (
        "Döyüşlərdən əvvəl 30 min nəfər əhalisi olan qəsəbəni son iki ayda 9 min sakin tərk edib."
    )
    assert _read(text) == [("displaced", 9000)]


def test_village_sized_by_an_adjective_of_population():
    assert _read("2 min əhalili kəndi 700 nəfər tərk edib.") == [("displaced", 700)]


def test_near_miss_the_inhabitants_themselves_left():
    # Near miss: with no "olan", "its 350 inhabitants" are the persons who left.
    assert _read("Kəndin 350 nəfər əhalisi kəndi tərk edib.") == [("displaced", 350)]
