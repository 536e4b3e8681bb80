"""Persons taken who "never came back" disappeared, as those "not seen since" did; without a
taking they are missing. A part of a day after the verb ("one night") is when, not a count.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    "text",
    [
        "Some 30 men were taken away by soldiers and never came back.",
        "Some 30 men were taken away at dawn and have never come back.",
        # … said with "not" rather than "never".
        "Some 30 men were taken away by soldiers and did not come back.",
        "Some 30 men were taken away at dawn and have not come back.",
    ],
)
def test_the_taken_who_never_came_back_disappeared(text):
    assert claim_fields(text, "en", _FIELDS) == [("disappeared", "men", 30, None)]


def test_a_part_of_the_detained_who_never_came_home_disappeared():
    text = "Of the 52 villagers arrested in March, 17 never came home."
    assert claim_fields(text, "en", _FIELDS) == [
        ("detained", "all", 52, None),
        ("disappeared", "all", 17, 0),
    ]


def test_those_who_went_out_and_never_came_back_are_missing():
    # Nobody took them: no disappearance, only persons whose fate is unknown.
    text = "Six shepherds went up to the high pastures in April and never came back."
    assert claim_fields(text, "en", ("category", "count")) == [("missing", 6)]


@pytest.mark.parametrize("time", ["one night", "one morning", "one evening"])
def test_a_part_of_a_day_after_the_verb_counts_nothing(time):
    text = f"Eighteen students were abducted {time} in October."
    assert claim_fields(text, "en", _FIELDS) == [("captured", "students", 18, None)]
