"""Persons hurt so badly that they "could not walk" afterwards are injured: a part of those
beaten before them. One person who could not walk is a person described, no count. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier", "parent"))


def test_a_part_of_the_beaten_that_could_not_walk():
    text = "Guards beat at least 30 of the miners. Four of them could not walk afterwards."
    assert _read(text) == [
        ("tortured", "miners", 30, "at_least", None),
        ("injured", "miners", 4, "exact", 0),
    ]


def test_of_whom_could_not_walk_for_days():
    text = "Police beat 25 students, three of whom could not walk for days."
    assert _read(text) == [
        ("tortured", "students", 25, "exact", None),
        ("injured", "students", 3, "exact", 0),
    ]


def test_near_miss_could_not_leave_is_no_harm():
    text = "Police held 25 students at the station. Three of them could not leave until noon."
    assert _read(text) == [("detained", "students", 25, "exact", None)]


def test_near_miss_one_of_them_is_a_person_described():
    text = "Four men came back. They had been beaten; one of them could not walk for days."
    assert [claim[0] for claim in _read(text)] == []
