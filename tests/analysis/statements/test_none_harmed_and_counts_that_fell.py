""" "No <persons> was hurt" with a noun the lexicon lacks ("No guard was injured", "No member
of staff was hurt") is none injured; a thing ("No action was taken", "No shop was
damaged") is nothing. A count that fell, or rose, "from" one number "to" another, with a time
between, gives both ("Deaths in custody fell from seven in 2023 to four this year"). Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No warden was injured in the riot.", [("injured", "all", 0, None)]),
        ("No member of staff was hurt.", [("injured", "all", 0, None)]),
        ("No bystander was killed.", [("killed", "all", 0, None)]),
    ],
)
def test_none_of_persons_named_by_an_unknown_noun(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    ["No action was taken against the officers.", "No shop was damaged.", "No vote was held."],
)
def test_none_of_things_is_nothing(text):
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Deaths in custody fell from seven in 2023 to four this year.",
            [("killed", "all", 7, None), ("killed", "all", 4, None)],
        ),
        (
            "Killings dropped from 30 to 18.",
            [("killed", "all", 30, None), ("killed", "all", 18, None)],
        ),
        (
            "Abductions rose from 9 in March to 16 in April.",
            [("captured", "all", 9, None), ("captured", "all", 16, None)],
        ),
    ],
)
def test_a_count_that_changed_gives_both(text, expected):
    assert _read(text) == expected


def test_a_move_from_one_place_to_another_is_no_change():
    assert _read("Guards moved 40 detainees from 3 cells to 2 others.") == [
        ("detained", "all", 40, None)
    ]


def test_bones_had_broken_are_injuries():
    assert _read("Guards beat 30 inmates. Four of them had broken ribs.") == [
        ("tortured", "all", 30, None),
        ("injured", "all", 4, 0),
    ]


def test_things_had_broken_are_not():
    assert _read("The 30 rioters had broken windows.") == []
