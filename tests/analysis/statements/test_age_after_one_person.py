"""A bare number set off by commas after one person named by a noun ("the driver, 52,",
"said a nurse, 41.") is that person's age, as it is after a full name: no count of persons.
A number set off after a place ("in the village, 12 …") or after persons in the plural
stays a count. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_age_after_the_noun_of_one_person():
    text = "The shopkeeper, 63, was shot dead outside his shop on Monday."
    assert claim_fields(text, "en", FIELDS) == []


def test_age_after_a_person_at_the_end_of_a_sentence():
    text = "Eight people were detained overnight, said a neighbour, 47."
    assert claim_fields(text, "en", FIELDS) == [("detained", 8, None)]


def test_age_after_a_possessive():
    text = "Her husband, 58, was detained at the border."
    assert claim_fields(text, "en", FIELDS) == []


def test_near_miss_a_place_after_a_preposition_is_no_person():
    text = "In the market, 14 were killed."
    assert claim_fields(text, "en", FIELDS) == [("killed", 14, None)]


def test_near_miss_persons_in_the_plural():
    text = "Among the passengers, 9 were injured."
    assert claim_fields(text, "en", FIELDS) == [("injured", 9, None)]
