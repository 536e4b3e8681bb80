"""Observers of an election or a trial are a group of their own, a free label as journalists
are ("detained 6 observers", «задержали шестерых наблюдателей»); a part of a group owned by
someone, with "own" ("three of the league's own observers", "three of our own drivers"), is of
that group. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("On polling day the police detained 6 observers in the north.", "en"),
        ("В день голосования полиция задержала шестерых наблюдателей.", "ru"),
    ],
)
def test_observers_are_a_group(text, language):
    assert claim_fields(text, language, FIELDS) == [("detained", "observers", 6)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three of the league's own observers were arrested at the border.",
         ("detained", "observers", 3)),
        ("Three of our own drivers were wounded on the road.", ("injured", "drivers", 3)),
    ],
)  # fmt: skip
def test_a_part_of_an_owned_group_is_of_that_group(text, expected):
    assert claim_fields(text, "en", FIELDS) == [expected]
