"""Persons "brought home" by others have been released, as those "returned home" are: "since
the exchanges began, 940 people have been brought home". Bodies brought home were found dead,
and persons a crew brought from a place with "home" after them are nothing of ours. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def counts(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count"))


def test_persons_brought_home_were_released():
    assert counts("Since the exchanges began, 940 people have been brought home.") == [
        ("released", 940)
    ]


def test_near_miss_bodies_and_persons_driven_home():
    assert counts("The remains of 6 people were brought home on Friday.") == [("found_dead", 6)]
    assert counts("The fire brigade brought 40 people home from the flooded area.") == []
