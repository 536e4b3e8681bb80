""" "Gunmen abducted 40 villagers. The families of 12 of them still do not know where they
are": a part of the captured whose whereabouts or fate are said to be unknown disappeared;
a part only "unaccounted for" or "still missing" stays missing. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_families_do_not_know_where_they_are():
    text = (
        "Gunmen abducted 40 villagers. The families of 12 of them still do not know where they are."
    )
    assert ("disappeared", 12, 0) in claim_fields(text, "en", FIELDS)


def test_whereabouts_of_a_part_unknown():
    text = "Gunmen abducted 40 villagers. The whereabouts of 12 of them remain unknown."
    assert ("disappeared", 12, 0) in claim_fields(text, "en", FIELDS)


def test_near_miss_still_missing():
    text = "Gunmen abducted 40 villagers. 12 of them are still missing."
    assert ("missing", 12, 0) in claim_fields(text, "en", FIELDS)


def test_near_miss_unaccounted_for():
    text = "The raiders took 300 villagers captive; 25 of those captives are unaccounted for."
    assert ("missing", 25, 0) in claim_fields(text, "en", FIELDS)
