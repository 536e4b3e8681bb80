"""A "none" of an act's noun said of a group after "of" or "among" ("No deaths of minors were
recorded", "no injuries among children", "no arrests of journalists") is that group's none;
a word that names no group ("the participants") leaves it everyone's. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "No deaths of children in the camps were registered last year.",
            ("killed", "children", 0),
        ),
        ("The clinic reported no injuries among women.", ("injured", "women", 0)),
        ("No arrests of journalists took place during the vote.", ("detained", "journalists", 0)),
    ],
)
def test_none_said_of_a_group(text, expected):
    assert claim_fields(text, "en", FIELDS) == [expected]


def test_near_miss_none_among_persons_named_by_no_group():
    text = "No injuries among the spectators of the match were recorded."
    assert claim_fields(text, "en", FIELDS) == [("injured", "all", 0)]
