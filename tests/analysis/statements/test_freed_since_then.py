"""People freed "since" are of those taken just before (English): the adverb in the verb
group says since that taking. Without it, or with "since" opening a time, a count of people
freed may be others and stands alone. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "subgroup", "count", "qualifier", "parent")


def test_people_freed_since_are_of_those_arrested():
    text = "Guards rounded up 90 people at the market. 70 people have since been released."
    assert claim_fields(text, "en", _FIELDS) == [
        ("detained", "all", 90, "exact", None),
        ("released", "all", 70, "exact", 0),
    ]


def test_persons_freed_since_are_of_those_who_disappeared():
    text = (
        "We documented 310 enforced disappearances in the district. "
        "58 persons have since been released."
    )
    assert claim_fields(text, "en", _FIELDS) == [
        ("disappeared", "all", 310, "exact", None),
        ("released", "all", 58, "exact", 0),
    ]


@pytest.mark.parametrize(
    "released",
    [
        "70 people were released.",
        "70 people were set free since talks resumed in June.",
    ],
)
def test_people_freed_with_no_since_stand_alone(released):
    text = f"Guards rounded up 90 people at the market. {released}"
    assert claim_fields(text, "en", _FIELDS) == [
        ("detained", "all", 90, "exact", None),
        ("released", "all", 70, "exact", None),
    ]


def test_more_freed_since_than_were_taken_stand_alone():
    text = "Guards rounded up 9 people at the market. 70 people have since been released."
    assert claim_fields(text, "en", _FIELDS) == [
        ("detained", "all", 9, "exact", None),
        ("released", "all", 70, "exact", None),
    ]
