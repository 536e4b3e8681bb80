""" "Two press photographers were held": press photographers, photojournalists and cameramen
are of the press, counted as journalists. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two press photographers were held at the station overnight.",
            ("detained", "journalists", 2),
        ),
        ("Police arrested four photojournalists near the court.", ("detained", "journalists", 4)),
        ("Three cameramen were injured by rubber bullets.", ("injured", "journalists", 3)),
    ],
)
def test_they_are_journalists(text, expected):
    assert claim_fields(text, "en", FIELDS) == [expected]


def test_near_miss_press_officers_are_no_journalists():
    text = "Two press officers of the ministry were held at the station overnight."
    assert all(subgroup != "journalists" for _, subgroup, _ in claim_fields(text, "en", FIELDS))


def test_near_miss_one_described_as_a_cameraman_counts_no_one():
    text = (
        "Shelling killed five people; among the dead were two reporters, one of them a cameraman."
    )
    assert ("killed", "journalists", 1) not in claim_fields(text, "en", FIELDS)
