"""A count that rises from one number to another gives the count before the rise and the count
after it, each a figure of its own, as "up from 12" does: "The death toll rose from 12 to 41",
«Число погибших выросло с 12 до 41», "Ölənlərin sayı 12-dən 41-ə yüksəlib". No range, no
"up to", and the first is no whole of the second. So does a count that rises by a number
("rose by 12 to 41", «выросло на 12, до 41»): the more that died, and the toll now. Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "subgroup", "count", "qualifier", "parent")


@pytest.mark.parametrize(
    ("text", "language", "category"),
    [
        ("The death toll rose from 12 to 41.", "en", "killed"),
        ("The number of people killed has risen from 12 to 41.", "en", "killed"),
        ("Число погибших выросло с 12 до 41.", "ru", "killed"),
        ("Число раненых увеличилось с 12 до 41.", "ru", "injured"),
        ("Ölənlərin sayı 12-dən 41-ə yüksəlib.", "az", "killed"),
        ("Yaralıların sayı 12-dən 41-ə çatıb.", "az", "injured"),
    ],
)
def test_a_count_that_rises_gives_both_counts(text, language, category):
    assert claim_fields(text, language, _FIELDS) == [
        (category, "all", 12, "exact", None),
        (category, "all", 41, "exact", None),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("From 12 to 41 people were killed in each village.", "en"),
        ("Between 12 and 41 people were killed.", "en"),
        ("От 12 до 41 человека погибли.", "ru"),
        ("12-dən 41-dək insan həlak olub.", "az"),
    ],
)
def test_a_range_without_a_rise_stays_a_range(text, language):
    assert claim_fields(text, language, ("category", "count_low", "count_high", "qualifier")) == [
        ("killed", 12, 41, "range")
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The death toll rose by 12 to 41.", "en"),
        ("The death toll rose by 12, to 41.", "en"),
        ("Число погибших выросло на 12 до 41.", "ru"),
        ("Число погибших выросло на 12, до 41.", "ru"),
        ("Ölənlərin sayı 12 nəfər artaraq 41-ə çatıb.", "az"),
    ],
)
def test_a_count_that_rises_by_a_number_gives_the_rise_and_the_count(text, language):
    assert claim_fields(text, language, _FIELDS) == [
        ("killed", "all", 12, "exact", None),
        ("killed", "all", 41, "exact", None),
    ]
