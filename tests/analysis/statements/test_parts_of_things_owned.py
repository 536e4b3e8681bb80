"""A part of things whose whole is owned ("14 of its 20 houses", "five of their eight schools"):
the part is what befell the things, the whole how many there were, as with "the" or a
possessive noun before the whole. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The hamlet was shelled for a week, and 14 of its 20 houses burned down.",
         ("property_destroyed", "homes", 14)),
        ("The raids destroyed five of their eight schools before the spring.",
         ("property_destroyed", "schools", 5)),
    ],
)  # fmt: skip
def test_the_part_is_the_figure_and_the_whole_no_count(text, expected):
    assert claim_fields(text, "en", FIELDS) == [expected]
