""" "6 of those 25 were women": a part whose whole, counted before, is named again by its bare
number after "of those" / "of the" is a part of that whole, and the group after the copula
is the part's, not the whole's; either number may be written in words ("Three of the
nineteen were boys"). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Of the 40 detained, 25 were held in the old barracks. 6 of those 25 were women.",
            [
                ("detained", "all", 40, None),
                ("detained", "all", 25, 0),
                ("detained", "women", 6, 1),
            ],
        ),
        (
            "Of the 40 detained, 25 were held in the old barracks; 6 of the 25 were women.",
            [
                ("detained", "all", 40, None),
                ("detained", "all", 25, 0),
                ("detained", "women", 6, 1),
            ],
        ),
        (
            "Soldiers detained 40 men. 25 of them were held in the barracks; 6 of those 25 "
            "were minors.",
            [
                ("detained", "men", 40, None),
                ("detained", "men", 25, 0),  # a part keeps its whole's group
                ("detained", "children", 6, 1),
            ],
        ),
    ],
)
def test_the_group_is_the_part_s(text, expected):
    assert claim_fields(text, "en", FIELDS) == expected


def test_near_miss_a_count_not_given_before_keeps_its_own_predicate():
    # No 12 was counted before: "those 12" is no whole named again, and the six are not
    # read as women of a whole the text never gave.
    text = "Police detained 40 people. Six of those 12 were women."
    assert ("detained", "women", 6, 0) not in claim_fields(text, "en", FIELDS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Soldiers killed 12 villagers near the well. Four of the twelve were women.",
            [("killed", "all", 12, None), ("killed", "women", 4, 0)],
        ),
        (
            "Soldiers killed twelve villagers near the well. Four of those 12 were children.",
            [("killed", "all", 12, None), ("killed", "children", 4, 0)],
        ),
        (
            "Police detained 21 students at the gate. Three of the twenty-one were women.",
            [("detained", "students", 21, None), ("detained", "women", 3, 0)],
        ),
    ],
)
def test_numbers_in_words_name_the_whole_again(text, expected):
    assert claim_fields(text, "en", FIELDS) == expected


def test_near_miss_a_number_in_words_not_given_before_names_no_whole():
    text = "Police detained 40 people. Six of those twelve were women."
    assert ("detained", "women", 6, 0) not in claim_fields(text, "en", FIELDS)
