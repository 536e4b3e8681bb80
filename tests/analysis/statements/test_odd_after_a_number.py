""" "Forty-odd", "300-odd", "40 odd people": a round number and some more, at least that many
(before, the hyphened "odd" made an adjective of the number and nothing was read). Sentences
written here."""

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
