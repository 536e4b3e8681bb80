"""How many in each day or week is a rate, no count of persons: "1,200 to 1,500 people a day",
«по 300 человек в сутки», "gündə 300 nəfər"; "killed a day later" is a count. Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "count"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Families kept fleeing the valley at some 400 to 600 people a day.", "en"),
        ("Through March, 250 people per day fled across the river.", "en"),
        ("Из долины бежали по 300 человек в сутки.", "ru"),
        ("Vadidən gündə 300 nəfər qaçıb.", "az"),
    ],
)
def test_a_rate_is_no_count(text, language):
    assert _read(text, language) == []


@pytest.mark.parametrize(
    "text",
    ["Four people were killed a day later.", "Four people were killed a week ago."],
)
def test_a_day_after_the_verb_is_no_rate(text):
    assert _read(text, "en") == [("killed", 4)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The field hospital admits 20 to 25 wounded a day.", "en"),
        ("Полевой госпиталь принимает по 20—25 раненых в сутки.", "ru"),
    ],
)
def test_a_rate_after_the_word_of_the_act_is_no_count(text, language):
    assert claim_fields(text, language, ("category", "count")) == []
