"""Azerbaijani "üçünü sonra buraxıblar", "buraxmışdılar": the perfect of "to let go" with its
person ending is a finite verb, a release, as "buraxdılar" is; the bare converb "buraxıb"
(having left) is not. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    "text",
    [
        "Kənddən 9 kişini aparıblar, onlardan üçünü sonra buraxıblar.",
        "Kənddən 9 kişini aparmışdılar, onlardan üçünü ertəsi gün buraxmışdılar.",
    ],
)
def test_the_perfect_lets_them_go(text):
    assert claim_fields(text, "az", FIELDS) == [
        ("captured", "men", 9, None),
        ("released", "men", 3, 0),
    ]


def test_near_miss_the_converb_is_having_left():
    text = "Sakinlər evlərini buraxıb qaçıblar; 200 nəfər məktəbdə yerləşdirilib."
    assert claim_fields(text, "az", FIELDS) == [("displaced", "all", 200, None)]
