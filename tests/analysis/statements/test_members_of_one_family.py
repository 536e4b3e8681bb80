"""Persons said to be members of one family ("five of them members of one family", «пятеро
из которых члены одной семьи»): "one" says whose the persons are, no count of one family,
so no family is wiped out and the part is not counted in families. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Eleven people, four of them members of one family, died in the fire.", "en"),
        ("Одиннадцать человек, четверо из которых члены одной семьи, погибли при пожаре.", "ru"),
    ],
)
def test_a_part_who_are_members_of_one_family(text, language):
    assert claim_fields(text, language, FIELDS) == [
        ("killed", "all", 11, None),
        ("killed", "all", 4, 0),
    ]


def test_near_miss_families_killed_are_wiped_out():
    assert claim_fields("Two families were killed in the fire.", "en", FIELDS) == [
        ("families_wiped_out", "all", 2, None)
    ]


def test_combatants_in_russian_are_servicemen():
    text = "Из убитых 31 были комбатантами, 12 — мирными жителями."
    assert claim_fields(text, "ru", FIELDS) == [
        ("killed", "servicemen", 31, None),
        ("killed", "civilians", 12, None),
    ]
