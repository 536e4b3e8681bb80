"""Azerbaijani "X mindən Y minə yüksəlib": a count of thousands in the ablative and another in
the dative after it are where a change started and where it went, not a whole and its part,
as "12-dən 41-ə" with the case on the digits. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize(
    ("text", "category", "low", "high"),
    [
        ("Köçkünlərin sayı bir ayda 30 mindən 45 minə yüksəlib.", "displaced", 30000, 45000),
        ("Qaçqınların sayı 8 mindən 11 min nəfərə çatıb.", "displaced", 8000, 11000),
        ("Yaralıların sayı 2 mindən 3 minə artıb.", "injured", 2000, 3000),
    ],
)
def test_the_count_changed_to_is_no_part(text, category, low, high):
    assert claim_fields(text, "az", FIELDS) == [(category, low, None), (category, high, None)]


def test_of_them_after_the_change_is_of_the_count_it_reached():
    text = (
        "Köçkünlərin sayı 30 mindən 45 minə yüksəlib; onların təxminən 9 mini məktəblərdə "
        "yerləşdirilib."
    )
    assert claim_fields(text, "az", FIELDS) == [
        ("displaced", 30000, None),
        ("displaced", 45000, None),
        ("displaced", 9000, 1),
    ]


def test_near_miss_a_part_of_thousands_is_still_a_part():
    text = "Köçkünlərin 30 mindən 9 mini məktəblərdə yerləşdirilib."
    assert claim_fields(text, "az", FIELDS) == [("displaced", 30000, None), ("displaced", 9000, 0)]


def test_near_miss_a_part_with_a_word_in_a_after_it_is_still_a_part():
    text = "Tutulan 40 nəfərdən 25-i elə həmin gecə buraxılıb."
    assert claim_fields(text, "az", FIELDS) == [("detained", 40, None), ("released", 25, 0)]
