"""«через пункт пропуска прибыли 1 500 человек»: persons come across a border crossing point
have left their country, displaced; its name in quotes may stand between. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "subgroup", "count", "parent"))


def test_a_named_crossing_point():
    text = "За неделю через пункт пропуска «Озёрный» прибыли 1 540 человек, в том числе 610 детей."
    assert _read(text) == [("displaced", "all", 1540, None), ("displaced", "children", 610, 0)]


def test_a_checkpoint_with_the_verb_first():
    assert _read("Вчера прошли через КПП 730 человек.") == [("displaced", "all", 730, None)]
