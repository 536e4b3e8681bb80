"""Azerbaijani "yarım" after a thousand adds half of it ("min yarım", 1,500), in the case the
number takes before a qualifier too ("min yarımdan çox", more than 1,500; "iki min yarıma
yaxın", nearly 2,500). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Min yarımdan çox sakin kəndi tərk edib.", ("displaced", 1500, "at_least")),
        ("Üç min yarıma yaxın insan itkin düşüb.", ("missing", 3500, "about")),
    ],
)
def test_a_half_in_a_case(text, expected):
    assert claim_fields(text, "az", FIELDS) == [expected]


def test_near_miss_half_before_a_scale_is_half_of_it():
    assert claim_fields("Yarım milyon sakin kəndi tərk edib.", "az", FIELDS) == [
        ("displaced", 500000, "exact")
    ]
