"""Lawyers ("vəkil", "vəkillər") are a group statements name, a free label as journalists
are; "müvəkkil" (the Ombudsman, a commissioner) is no lawyer. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_lawyers_among_the_detained():
    text = "Aksiyada 40 nəfər saxlanılıb, onların arasında 3 vəkil də olub."
    assert _read(text) == [("detained", "all", 40, None), ("detained", "lawyers", 3, 0)]


def test_lawyers_held_in_the_plural():
    assert _read("Dünən 4 vəkil həbs edilib.") == [("detained", "lawyers", 4, None)]


def test_near_miss_the_commissioner_is_no_lawyer():
    text = "Müvəkkil bildirib ki, 5 nəfər həbs edilib."
    assert _read(text) == [("detained", "all", 5, None)]


def test_a_lawyer_not_seen_is_no_group_of_the_held():
    # "vəkil görmədən" (without seeing a lawyer): the converb's object, not who is held.
    assert _read("Hazırda 12 nəfər vəkil görmədən saxlanılır.") == [("detained", "all", 12, None)]


def test_a_lawyer_not_met_in_the_instrumental_is_no_group_either():
    assert _read("Hazırda 12 nəfər vəkillə görüşmədən saxlanılır.") == [
        ("detained", "all", 12, None)
    ]


def test_near_miss_lawyers_counted_by_persons_are_lawyers():
    assert _read("Dünən 3 nəfər vəkil saxlanılıb.") == [("detained", "lawyers", 3, None)]
