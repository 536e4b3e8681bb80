"""Persons who "need" or "require" something have their own predicate: the verb ends their
counted noun, and a fate said of the next count ("and 780,000 have been displaced") is not
shared back to them. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_those_in_need_take_no_fate_from_the_next_count():
    text = "Some 2.1 million people need food aid, and 640,000 have been displaced."
    assert claim_fields(text, "en", FIELDS) == [("displaced", 640000)]


def test_those_who_require_care_take_no_fate_either():
    text = "About 9,000 people require shelter and 3,500 have fled the valley."
    assert claim_fields(text, "en", FIELDS) == [("displaced", 3500)]


def test_near_miss_counts_joined_share_their_verb():
    text = "Some 2,000 people and 300 children have been displaced."
    assert claim_fields(text, "en", FIELDS) == [("displaced", 2000), ("displaced", 300)]
