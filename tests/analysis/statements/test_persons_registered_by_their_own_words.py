"""Persons registered whose own words name their fate ("the commission has registered 4,017
missing persons", "registered 417 abducted persons", "registered 300 refugees"): registered
as what they are called. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize(
    ("text", "language", "category", "count"),
    [
        (
            "The tracing office has registered 4,017 missing persons since 1994.",
            "en",
            "missing",
            4017,
        ),
        ("The committee registered 417 abducted persons.", "en", "captured", 417),
        ("The town hall registered 300 refugees last week.", "en", "displaced", 300),
        ("Бюро розыска зарегистрировало 812 пропавших без вести.", "ru", "missing", 812),
    ],
)
def test_registered_as_their_words_say(text, language, category, count):
    assert claim_fields(text, language, FIELDS) == [(category, count, None)]


def test_near_miss_persons_with_no_fate_named_are_no_figure():
    assert claim_fields("The committee registered 417 people.", "en", FIELDS) == []


def test_near_miss_a_fate_named_after_the_verb_wins():
    text = "The committee registered 41 missing persons as found dead."
    assert claim_fields(text, "en", FIELDS) == [("found_dead", 41, None)]
