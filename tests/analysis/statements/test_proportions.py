"""A proportion, "one in five", "3 in 10", "hər beş nəfərdən biri" (one of every five), says
what share of a whole the act befell: neither of its terms is a count. Sentences written
here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        (
            "One in five of the 500 detained were minors.",
            "en",
            [("detained", "all", 500, None, None, "exact", None)],
        ),
        (
            "Nearly 3 in 10 detainees were minors; 500 people were detained.",
            "en",
            [("detained", "all", 500, None, None, "exact", None)],
        ),
        ("One in three of those killed was a child.", "en", []),
        (
            "Hər beş nəfərdən biri uşaqdır; 500 nəfər saxlanılıb.",
            "az",
            [("detained", "all", 500, None, None, "exact", None)],
        ),
        ("Saxlanılanların hər beşindən biri uşaqdır.", "az", []),
        (
            "Hər 10 uşaqdan üçü yaralanıb; 200 uşaq yaralanıb.",
            "az",
            [("injured", "children", 200, None, None, "exact", None)],
        ),
    ],
)
def test_the_terms_of_a_proportion_are_no_counts(text, language, claims):
    assert claim_fields(text, language) == claims


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # Twelve is more than three: twelve killed, in three raids.
        ("Militants killed 12 in 3 raids.", "en", [("killed", "all", 12)]),
        # A year, and a time, after "in" are no whole of persons.
        (
            "Last year 96 women were detained for protesting, up from 61 in 2022.",
            "en",
            [("detained", "women", 96), ("detained", "women", 61)],
        ),
        ("Police detained 5 in 10 minutes.", "en", [("detained", "all", 5)]),
        # Both journalists: "hər iki" with no share after it.
        ("Hər iki jurnalist həlak olub.", "az", [("killed", "journalists", 2)]),
        # Five from each village: "hər" before a place, not a number.
        ("Hər kənddən 5 nəfər saxlanılıb.", "az", [("detained", "all", 5)]),
    ],
)
def test_what_is_no_proportion_is_read(text, language, claims):
    assert claim_fields(text, language, ("category", "subgroup", "count")) == claims
