"""One of those counted told of alone is no count of one: "three prisoners died, one of
them after weeks without medicine" tells how one of the three died, and "I saw every one of
them" names them all. "One of them" that has its own fate, or is counted by a group, stays
a part. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_one_of_them_after_a_circumstance_is_one_persons_story():
    text = "Three prisoners died in the camp, one of them after weeks without medicine."
    assert claim_fields(text, "en", FIELDS) == [("killed", "all", 3, None)]


def test_one_of_them_while_a_circumstance_after_a_dash():
    text = "Five people were injured – one of them while helping a neighbour."
    assert claim_fields(text, "en", FIELDS) == [("injured", "all", 5, None)]


def test_every_one_of_them_is_all_of_them():
    text = "Nine workers were killed at the mill; we buried every one of them ourselves."
    assert claim_fields(text, "en", FIELDS) == [("killed", "all", 9, None)]


def test_near_miss_one_of_them_with_a_fate_of_its_own():
    text = "Three prisoners were beaten; one of them died after weeks without medicine."
    assert claim_fields(text, "en", FIELDS)[1] == ("killed", "all", 1, 0)


def test_near_miss_one_of_them_a_member_of_a_group():
    text = "Three prisoners died in the camp, one of them a child."
    assert ("killed", "children", 1, 0) in claim_fields(text, "en", FIELDS)
