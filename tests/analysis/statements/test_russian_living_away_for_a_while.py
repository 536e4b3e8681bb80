"""«временно живут в школе»: persons living somewhere for a while are away from their homes,
displaced. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "subgroup", "count", "parent"))


def test_living_in_a_building_with_a_part():
    text = "После пожара около 180 жителей квартала временно живут в спортзале, из них 70 детей."
    assert _read(text) == [("displaced", "all", 180, None), ("displaced", "children", 70, 0)]


def test_the_adverb_after_the_verb():
    assert _read("Сейчас 95 человек проживают временно у соседей.") == [
        ("displaced", "all", 95, None)
    ]
