"""Remains counted with their owner in the genitive ("7 polis əməkdaşının cəsədi", the bodies
of 7 police officers) are that group's: found dead of the group, whatever word names the
remains. Persons at large ("nəfərin") name no group. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Çayın sahilində 4 uşağın cəsədi aşkar edilib.", [("found_dead", "children", 4)]),
        ("Səhər 9 hərbçinin nəşi geri qaytarılıb.", [("found_dead", "servicemen", 9)]),
        ("Meşədə 2 jurnalistin qalıqları tapılmışdır.", [("found_dead", "journalists", 2)]),
    ],
)
def test_remains_of_a_group_are_found_dead_of_that_group(text, expected):
    assert _read(text) == expected


def test_near_miss_remains_of_persons_at_large_name_no_group():
    assert _read("Meşədə 6 nəfərin qalıqları tapılmışdır.") == [("found_dead", "all", 6)]


def test_remains_of_a_group_named_by_two_words():
    # "hərbi qulluqçunun" (of the servicemen): the group's name is of two words.
    text = "Dünən 11 həlak olmuş hərbi qulluqçunun nəşi vətənə gətirilib."
    assert _read(text) == [("found_dead", "servicemen", 11)]


def test_near_miss_remains_of_residents_of_a_village_name_no_group():
    assert _read("Dünən 11 kənd sakininin nəşi tapılıb.") == [("found_dead", "all", 11)]
