""" "The number killed has risen from 18 to 31, and the number injured from 40 to 72": the
second clause of a change leaves its verb out and names only its figure; its "from … to"
still gives the count before and the count after, not a range. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "count_low", "count_high", "qualifier")


@pytest.mark.parametrize(
    "text",
    [
        "Since Monday the number of people killed has risen from 11 to 19, and the number of "
        "people injured from 35 to 60.",
        "The death toll rose from 11 to 19, while the number of wounded from 35 to 60.",
    ],
)
def test_the_gapped_change_gives_two_counts(text):
    assert claim_fields(text, "en", FIELDS) == [
        ("killed", 11, None, None, "exact"),
        ("killed", 19, None, None, "exact"),
        ("injured", 35, None, None, "exact"),
        ("injured", 60, None, None, "exact"),
    ]


def test_near_miss_a_clause_with_a_verb_of_its_own_is_a_range():
    # The second clause has its own verb ("ranged"): no change is left out, so a range.
    text = (
        "The death toll rose from 11 to 19, and the number of people injured ranged from 35 to 60."
    )
    assert ("injured", None, 35, 60, "range") in claim_fields(text, "en", FIELDS)
