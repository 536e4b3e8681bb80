"""The age of a part said in its predicate: "six of the dead were under 18", "five of those
held were under the age of 16", "two were 15 years old". Persons under 18 are children, and
the age is no count of its own. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "qualifier", "parent")


@pytest.mark.parametrize(
    "text",
    [
        "The clinic counted 30 people killed in the raid. Six of the dead were under 18.",
        "The clinic counted 30 people killed in the raid. Six of the dead were under the age "
        "of 18.",
    ],
)
def test_an_age_limit_after_a_part_is_no_count(text):
    assert claim_fields(text, "en", FIELDS) == [
        ("killed", "all", 30, "exact", None),
        ("killed", "children", 6, "exact", 0),
    ]


def test_an_age_in_years_makes_the_part_children():
    text = "Of the 40 people arrested at the rally, three were 16 years old."
    assert claim_fields(text, "en", FIELDS)[1] == ("detained", "children", 3, "exact", 0)


def test_an_adult_age_in_years_leaves_the_part_as_it_is():
    text = "Of the 40 people arrested at the rally, three were 46 years old."
    assert claim_fields(text, "en", FIELDS)[1] == ("detained", "all", 3, "exact", 0)


def test_a_limit_said_of_the_number_itself_stays_a_bound():
    # Near miss: "the number … was under 100" bounds the count; it is no age.
    text = "The number of people killed in the raid was under 100."
    assert claim_fields(text, "en", FIELDS) == [("killed", "all", 100, "at_most", None)]
