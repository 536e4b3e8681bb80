"""A word of excess after a multiple ("twice exceeded the 12 recorded last week", «вдвое
превысило 12, зафиксированных неделей ранее») says the count is some times the number: the
number is the count compared with, given exactly, no lower bound of the count. Without a
multiple the word bounds the count ("more than 12", «более 12»). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "count", "qualifier")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The number of dead this week twice exceeded the 12 recorded last week.", "en"),
        ("Число погибших за неделю вдвое превысило 12, зафиксированных неделей ранее.", "ru"),
        ("Число погибших за неделю в два раза превысило 12.", "ru"),
    ],
)
def test_the_number_a_multiple_exceeds_is_no_bound(text, language):
    assert claim_fields(text, language, _FIELDS) == [("killed", 12, "exact")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The number of dead exceeded 12.", "en"),
        ("Число погибших превысило 12.", "ru"),
        ("Погибли более 12 человек.", "ru"),
    ],
)
def test_without_a_multiple_the_word_bounds_the_count(text, language):
    assert claim_fields(text, language, _FIELDS) == [("killed", 12, "at_least")]
