"""A bulletin's entries, each a line that opens with a count, a dash and whom it counts
("318 – people arrested across the region", "0 – deaths"): each line is read as the sentence it
stands for and as a sentence of its own; an earlier period in a parenthesis after one ("(the
week before: 240)") counts what the entry counts. A dash after a count inside a line, and a
single numbered line, stay as they were. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

BULLETINS = {
    "en": "MONTH IN FIGURES\n\n"
    "318 – people arrested across the region (the month before: 240)\n"
    "      of whom 40 women\n"
    "27 – of the arrested who say they were tortured\n"
    "0 – deaths\n"
    "4 – reporters still in custody at the end of the month\n",
    "ru": "МЕСЯЦ В ЦИФРАХ\n\n"
    "318 — задержанных по области\n"
    "      из них 40 женщин\n"
    "27 — из числа задержанных сообщили о пытках\n"
    "0 — погибших\n",
}


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


def test_english_entries_each_a_sentence():
    assert _read(BULLETINS["en"], "en") == [
        ("detained", "all", 318, None),
        ("detained", "all", 240, None),
        ("detained", "women", 40, 0),
        ("tortured", "all", 27, 0),
        ("killed", "all", 0, None),
        ("detained", "journalists", 4, None),
    ]


def test_russian_entries_each_a_sentence():
    assert _read(BULLETINS["ru"], "ru") == [
        ("detained", "all", 318, None),
        ("detained", "women", 40, 0),
        ("tortured", "all", 27, 0),
        ("killed", "all", 0, None),
    ]


def test_a_whereabouts_entry_is_not_said_of_the_entry_before():
    text = (
        "15 – people arrested on Friday\n"
        "3 – activists whose whereabouts have been unknown since the march\n"
    )
    assert _read(text, "en")[0] == ("detained", "all", 15, None)


@pytest.mark.parametrize(
    "text",
    [
        # A range inside a sentence, not an entry.
        "Between 12 – 14 people were arrested in the square.",
        # One numbered line is a heading, not a bulletin.
        "1 – Introduction\n\nThe report covers the year.",
    ],
)
def test_near_misses_stay(text):
    rows = _read(text, "en")
    assert all(row[2] != 1 for row in rows)


def test_an_earlier_period_in_a_parenthesis_counts_no_weeks():
    assert _read("12 people were detained this week (last week: 8).", "en") == [
        ("detained", "all", 12, None),
        ("detained", "all", 8, None),
    ]
