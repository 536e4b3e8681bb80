""" "Deprived of (their) liberty", the term of human-rights law for any holding, is detention;
to be deprived of something else is not. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier"))


def test_children_deprived_of_liberty_are_detained():
    text = "The ombudsman found that 230 children were deprived of liberty in police cells."
    assert _read(text) == [("detained", "children", 230, "exact")]


def test_persons_deprived_of_their_liberty_are_detained():
    text = "At least 48 persons were deprived of their liberty without a court order."
    assert [c[:3] for c in _read(text)] == [("detained", "all", 48)]


def test_near_miss_deprived_of_food_is_no_detention():
    text = "The 300 residents of the camp were deprived of food and water for a week."
    assert _read(text) == []
