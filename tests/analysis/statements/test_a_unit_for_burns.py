"""A hospital's unit for burns is no burning: "two of the injured were taken to the burns
unit" are hurt persons moved, not persons burned (the present "burns" of a headline, "a
fire burns 30 homes", still destroys). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_the_injured_taken_to_a_burns_unit_are_still_injured():
    text = (
        "Eleven people were injured in the blast. Three of the injured were flown to the "
        "burns unit in Orrin."
    )
    assert claim_fields(text, "en", FIELDS) == [("injured", 11, None), ("injured", 3, 0)]


def test_a_headline_fire_still_burns_homes():
    text = "Fire burns 30 homes in Orrin."
    assert [c[0] for c in claim_fields(text, "en", FIELDS)] == ["property_destroyed"]
