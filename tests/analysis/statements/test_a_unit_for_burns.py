"""A hospital's unit for burns is no burning: "two of the injured were taken to the burns
unit" are hurt persons moved, not persons burned (the present "burns" of a headline, "a
fire burns 30 homes", still destroys). Nor are burns after a preposition: "treated 20 people
for burns" names their injury, the noun. Sentences written here."""

from __future__ import annotations

import pytest
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


@pytest.mark.parametrize(
    "text",
    [
        "Paramedics treated 20 villagers for burns after the shelling.",
        "Paramedics treated 20 villagers for severe burns after the shelling.",
        "After the shelling, paramedics treated 20 villagers for burns and cuts.",
    ],
)
def test_burns_after_a_preposition_are_an_injury(text):
    assert claim_fields(text, "en", FIELDS) == [("injured", 20, None)]
