"""Persons who stay, sleep or spend the night in a place that shelters the displaced (a hall,
a gym, tents, a basement) were displaced, as those staying there are; not where the place is a
hospital, and not the held, whom a gym or hall also keeps. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "subgroup", "count", "qualifier", "parent")


@pytest.mark.parametrize(
    "text",
    [
        "About 45 tenants of the shelled block spent the night in a basement by the library.",
        "About 45 tenants of the shelled block slept in tents behind the depot.",
        "About 45 tenants of the shelled block sleep in the old sports hall.",
    ],
)
def test_a_night_in_a_shelter_is_displacement(text):
    assert claim_fields(text, "en", _FIELDS) == [("displaced", "all", 45, "about", None)]


def test_sleeping_in_a_shelter_beside_those_housed_elsewhere():
    text = "Of the 900 displaced, 300 are housed in a gym and 70 sleep in tents."
    found = claim_fields(text, "en", ("category", "count"))
    assert ("displaced", 70) in found
    assert ("displaced", 300) in found


def test_near_miss_the_held_spending_the_night_in_a_gym():
    text = "Twelve detainees spent the night in the gym of the police academy."
    assert claim_fields(text, "en", _FIELDS) == [("detained", "all", 12, "exact", None)]


def test_near_miss_a_night_in_hospital():
    text = "Nine wounded spent the night in hospital."
    assert claim_fields(text, "en", _FIELDS) == [("injured", "all", 9, "exact", None)]
