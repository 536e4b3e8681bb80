"""Persons who left in company with the witness are displaced: a count of persons after "with"
in the clause of the leaving, or of a journey told right after it, and a count of "us" after
"we left". Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    "text",
    [
        "Our family fled across the river with some 150 other people.",
        "The last bus left for Harlow at dawn with about 150 people on board.",
        "I left home in the spring. We trekked over the hills with some 150 other people.",
        "We left the village that night, some 150 of us, mostly old people.",
    ],
)
def test_persons_who_left_together_are_displaced(text):
    assert [c[:2] for c in claim_fields(text, "en", ("category", "count"))] == [("displaced", 150)]


@pytest.mark.parametrize(
    "text",
    [
        "We marched to the town hall with some 150 other people.",
        "The nurse left the clinic with some 150 other people.",
        "There were some 150 of us in the cellar when we left.",
        "He left with 150 dollars in his pocket.",
    ],
)
def test_a_journey_or_a_place_left_that_is_no_home_displaces_no_one(text):
    assert claim_fields(text, "en", ("category", "count")) == []


def test_an_official_who_left_with_others_displaces_no_one():
    # Neither a witness nor people leaving together: a journey, not a flight.
    text = "The minister left for Brussels on Monday with about 20 people."
    assert claim_fields(text, "en", ("category", "count")) == []


def _fields(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count", "qualifier", "parent"))


def test_a_whole_place_left_counted_after_a_comma():
    text = "The entire hamlet fled that week, about 240 people; some 90 of them now live in tents."
    assert _fields(text) == [
        ("displaced", 240, "about", None),
        ("displaced", 90, "about", 0),
    ]


def test_near_miss_a_place_left_not_said_whole():
    assert _fields("The hamlet fled that week, about 240 people.") == []


def test_near_miss_a_whole_place_told_no_leaving():
    assert _fields("The whole hamlet was warned, about 240 people.") == []
