"""The ages given of persons counted are no counts: "12 children aged between 5 and 12"
(the noun phrase ends before "aged"), "5-12 yaşlı uşaqlar" (a range of ages, as "5 yaşlı uşaq"
is one age). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        (
            "Twelve children aged between 5 and 12 were injured.",
            "en",
            [("injured", "children", 12, None, None, "exact", None)],
        ),
        (
            "Forty men aged 18 to 60 were detained.",
            "en",
            [("detained", "men", 40, None, None, "exact", None)],
        ),
        (
            "5-12 yaşlı uşaqlar yaralanıb; ümumilikdə 40 nəfər yaralanıb.",
            "az",
            [("injured", "all", 40, None, None, "exact", None)],
        ),
        (
            "18-60 yaşlı 300 kişi saxlanılıb.",
            "az",
            [("detained", "men", 300, None, None, "exact", None)],
        ),
    ],
)
def test_ages_of_the_counted_are_no_counts(text, language, claims):
    assert claim_fields(text, language) == claims


def test_a_range_of_persons_is_still_read():
    assert claim_fields("10-15 nəfər həlak olub.", "az") == [
        ("killed", "all", None, 10, 15, "range", None)
    ]
