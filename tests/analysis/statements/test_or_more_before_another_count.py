"""«и более» after a counted noun says "or more" of that count («40 человек и более»); followed
by a number it opens the next count («12 школ и более 300 домов»), which it qualifies instead.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "qualifier")


@pytest.mark.parametrize(
    ("text", "more"),
    [
        ("За неделю обстрелов уничтожены 12 школ и более 300 жилых домов.", 300),
        ("За неделю обстрелов уничтожены 12 школ и более трёхсот жилых домов.", 300),
        ("За неделю обстрелов уничтожены 12 школ и более 2 тысяч жилых домов.", 2000),
    ],
)
def test_the_words_of_excess_open_the_next_count(text, more):
    assert claim_fields(text, "ru", FIELDS) == [
        ("property_destroyed", "schools", 12, "exact"),
        ("property_destroyed", "homes", more, "at_least"),
    ]


def test_or_more_after_the_last_count_still_qualifies_it():
    text = "За неделю обстрелов уничтожены 12 школ и более."
    assert claim_fields(text, "ru", FIELDS) == [("property_destroyed", "schools", 12, "at_least")]
