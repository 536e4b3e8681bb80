"""A Russian witness's guess and a higher one after «может» ("maybe"), set off by commas
(«человек пятнадцать, может, двадцать», «30, а может быть, 40 человек»), is a range, also
after the inverted noun that otherwise says "about". Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "count_low", "count_high", "qualifier")


@pytest.mark.parametrize(
    "text",
    [
        "Солдаты забрали человек тридцать, может, сорок.",
        "Солдаты забрали на рынке 30, а может быть, 40 человек.",
    ],
)
def test_a_guess_and_maybe_more_is_a_range(text):
    assert claim_fields(text, "ru", FIELDS) == [("captured", None, 30, 40, "range")]


def test_maybe_before_no_number_leaves_the_guess():
    """Near miss: «может» with no number after it leaves the count about so many."""
    text = "Солдаты забрали человек тридцать, может, больше."
    assert claim_fields(text, "ru", FIELDS) == [("captured", 30, None, None, "about")]
