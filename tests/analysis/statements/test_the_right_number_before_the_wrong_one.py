""" "23, not 32, people were injured": a right number set off with the wrong one by commas
counts the noun and takes the verb after the second comma. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count"))


def test_the_noun_and_verb_after_the_wrong_number():
    text = "We have amended this story to say that 17, not 71, pupils were abducted."
    assert _read(text) == [("captured", "children", 17)]


def test_the_verb_after_the_wrong_number():
    text = "The agency now says 8 volunteers, not 18, were wounded in the attack."
    assert _read(text) == [("injured", "volunteers", 8)]


def test_near_miss_two_counts_joined_by_a_comma():
    text = "Officials said 40 people were displaced, 12 were injured and 3 are missing."
    assert _read(text) == [("displaced", "all", 40), ("injured", "all", 12), ("missing", "all", 3)]
