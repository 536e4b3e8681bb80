"""Azerbaijani May ("may") is a month of three letters, read in its case forms like the
longer months: "mayın 18-də" is a date, not a count of 18; and a number with the possessive
ending before a month ("onlardan 20-si may ayında") is twenty of them, not a day. Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize(
    "text",
    [
        "Mayın 9-da polis paytaxtda 25 fəalı saxlayıb.",
        "Qeyd: mayın 12-də saxlanılan 25 fəal hələ buraxılmayıb.",
        "Fəallar bildirib ki, mayın 3-dən 7-dək 25 nəfər saxlanılıb.",
    ],
)
def test_the_day_of_may_is_no_count(text):
    assert claim_fields(text, "az", FIELDS) == [("detained", 25, None)]


def test_near_miss_a_word_that_starts_as_may_is_no_month():
    text = "Mayak yaxınlığında 3 balıqçı saxlanılıb."
    assert claim_fields(text, "az", ("category", "subgroup", "count")) == [
        ("detained", "fishermen", 3)
    ]


@pytest.mark.parametrize("month", ["mart", "may", "iyun"])
def test_near_miss_a_part_of_them_before_a_month_is_no_day(month):
    text = (
        f"Dəstə 30 sakini girov götürüb. Onlardan 20-si {month} ayında azad edilib, daha 10 "
        "nəfər əsirlikdə ölüb."
    )
    assert claim_fields(text, "az", FIELDS) == [
        ("captured", 30, None),
        ("released", 20, 0),
        ("killed", 10, 0),
    ]
