"""Persons "removed from" a place by those who take them are taken as "took ~ from" says; a
thing taken or removed from persons counted after "from" is no seizure of them ("took samples
from 9 patients"). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier", "parent"))


def test_persons_removed_from_their_homes_are_taken():
    text = "Militiamen removed 18 men from their houses; the bodies of five of them were found."
    assert _read(text) == [
        ("captured", "men", 18, "exact", None),
        ("found_dead", "men", 5, "exact", 0),
    ]


def test_near_miss_bodies_removed_from_the_rubble():
    assert _read("Firefighters removed 6 bodies from the collapsed hall.") == []


def test_near_miss_a_thing_removed_from_the_counted():
    assert _read("Surgeons removed bullets from 14 patients overnight.") == []


def test_near_miss_a_thing_taken_from_the_counted():
    assert _read("Investigators took blood from 30 relatives of the missing.") == []
