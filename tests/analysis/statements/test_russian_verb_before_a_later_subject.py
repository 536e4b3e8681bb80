"""A Russian verb that stands before its subject («разрушены две школы») is that subject's: a
count before it with a verb of its own («повреждены 15 домов») does not take it, even when
nothing else in its clause names an act. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


@pytest.mark.parametrize(
    "text",
    [
        "В результате обстрела повреждены 15 домов и разрушены две школы.",
        "Повреждены 15 домов, разрушены две школы.",
    ],
)
def test_damaged_homes_do_not_take_the_verb_of_the_schools(text):
    assert claim_fields(text, "ru", FIELDS) == [("property_destroyed", "schools", 2)]


def test_near_miss_one_verb_before_two_subjects_is_both_subjects():
    assert claim_fields("Разрушены 15 домов и две школы.", "ru", FIELDS) == [
        ("property_destroyed", "homes", 15),
        ("property_destroyed", "schools", 2),
    ]
