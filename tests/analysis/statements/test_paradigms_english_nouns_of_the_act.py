"""English acts named by their noun with the count as its object, as "the killing of 14"
already was: "the massacre of", "the capture of", "the displacement of"; and "apprehended"
(caught, of persons sought) as detained. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Witnesses described the massacre of 14 villagers at the ford.", ("killed", "all", 14)),
        ("The capture of seven fishermen was confirmed on Monday.", ("captured", "fishermen", 7)),
        ("The displacement of 4,000 people was recorded in March.", ("displaced", "all", 4000)),
        ("Police apprehended 20 people near the square.", ("detained", "all", 20)),
        ("Twenty people were apprehended near the square.", ("detained", "all", 20)),
    ],
)
def test_the_noun_of_the_act_counts_its_object(text, expected):
    assert _read(text) == [(*expected, "exact")]


@pytest.mark.parametrize(
    "text",
    [
        # The event's name, and a capture of places, count no persons.
        "The massacre was described by 3 witnesses.",
        "The capture of 3 villages was confirmed.",
    ],
)
def test_no_persons_counted(text):
    assert _read(text) == []


def test_blew_up_as_blown_up():
    assert _read("Soldiers blew up 40 homes in the village.") == [
        ("property_destroyed", "homes", 40, "exact")
    ]
