""" "Forty-odd", "300-odd", "40 odd people", "40-plus", «40+», "40 və daha çox": a number and
some more, at least that many (before, the hyphened "odd" made an adjective of the number and
nothing was read). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "qualifier", "qualifier_words", "parent")


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Forty-odd people were detained.", [("detained", "all", 40, "at_least", "odd", None)]),
        (
            "Some 300-odd people were displaced.",
            [("displaced", "all", 300, "at_least", "odd", None)],
        ),
        ("40 odd people were injured.", [("injured", "all", 40, "at_least", "odd", None)]),
        (
            "Police detained 30-odd protesters, including 5 journalists.",
            [
                ("detained", "all", 30, "at_least", "odd", None),
                ("detained", "journalists", 5, "exact", "", 0),
            ],
        ),
    ],
)
def test_a_number_and_odd_is_at_least_that_many(text, claims):
    assert claim_fields(text, "en", FIELDS) == claims


def test_odd_elsewhere_qualifies_nothing():
    text = "The odd thing is that 40 people were detained."
    assert claim_fields(text, "en", ("category", "count", "qualifier")) == [
        ("detained", 40, "exact")
    ]


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        ("40-plus people were detained.", "en", "plus"),
        ("Forty-plus people were detained.", "en", "plus"),
        ("Погибли 40+ человек.", "ru", "+"),
        ("40+ nəfər saxlanılıb.", "az", "+"),
        ("40 və daha artıq nəfər saxlanılıb.", "az", "və daha artıq"),
    ],
)
def test_a_number_and_more_is_at_least_that_many(text, language, words):
    [claim] = claim_fields(text, language, ("count", "qualifier", "qualifier_words"))
    assert claim == (40, "at_least", words)


def test_a_number_joined_to_another_is_no_qualifier():
    assert claim_fields("40 və 12 nəfər saxlanılıb.", "az", ("count", "qualifier")) == [
        (40, "exact"),
        (12, "exact"),
    ]


@pytest.mark.parametrize(
    ("text", "language", "claim"),
    [
        ("40 people or more were detained.", "en", (40, "at_least", "or more")),
        ("40 people or so were detained.", "en", (40, "about", "or so")),
        ("Погибли 40 человек и более.", "ru", (40, "at_least", "и более")),
        ("40 nəfər və daha çox insan saxlanılıb.", "az", (40, "at_least", "və daha çox")),
    ],
)
def test_or_more_after_the_counted_noun(text, language, claim):
    assert claim_fields(text, language, ("count", "qualifier", "qualifier_words")) == [claim]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("40 people and 12 children were detained.", "en"),
        ("Погибли 40 человек и 12 детей.", "ru"),
    ],
)
def test_another_count_after_the_noun_is_no_qualifier(text, language):
    assert claim_fields(text, language, ("count", "qualifier")) == [(40, "exact"), (12, "exact")]
