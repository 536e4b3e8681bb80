"""Persons staying in a place that shelters the displaced (a hall, a gym, tents, a shelter,
schools, a camp) are displaced, as those a centre houses are; staying in hospital, or pupils in
their school, are not. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "count", "qualifier", "parent")


@pytest.mark.parametrize(
    "place", ["a sports hall", "the town's gym", "tents", "a shelter", "schools", "camps"]
)
def test_those_staying_in_a_shelter_are_displaced(place):
    text = f"Roughly 900 residents have left Verrin. About 240 are staying in {place}."
    assert claim_fields(text, "en", _FIELDS) == [
        ("displaced", 900, "about", None),
        ("displaced", 240, "about", 0),
    ]


def test_the_wounded_staying_in_hospital_are_not_displaced():
    text = "Eleven of the wounded are staying in hospital overnight."
    assert claim_fields(text, "en", ("category", "count")) == [("injured", 11)]


def test_pupils_staying_in_their_school_are_not_displaced():
    text = "Some 80 pupils were staying in the school when the shells fell."
    assert claim_fields(text, "en", _FIELDS) == []
