"""A part of cases whose victims are said to be under or over an age ("in 40 of these cases the
victims were under 16", "in 12 of the 90 cases the victim was over 75") is of that age group,
as one whose victims are named by a group is. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "The clinic recorded 210 cases of torture. In 40 of these cases the victims were under 16.",
            "children",
        ),
        (
            "Monitors documented 90 cases of ill-treatment. In 12 of the 90 cases the victim was over 75.",
            "elderly",
        ),
    ],
)
def test_victims_of_cases_of_an_age(text, group):
    found = claim_fields(text, "en", FIELDS)
    assert found[1][1:] == (group, found[1][2], 0)


def test_near_miss_a_number_of_days():
    text = "Monitors documented 90 cases of ill-treatment. In 12 of these cases the victims were beaten for 18 days."
    assert all(f[1] == "all" for f in claim_fields(text, "en", FIELDS))
