""" "Four family members", "eleven members of one family": members of a family are persons,
counted one by one; families themselves ("six families were wiped out") are as before.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "parent"))


def test_family_members_killed():
    text = "Three family members died when a drone struck their car on the bridge."
    assert _read(text) == [("killed", "all", 3, None)]


def test_members_of_one_family_with_a_part():
    text = "Nine members of one family, among them four children, were detained at dawn."
    assert _read(text) == [("detained", "all", 9, None), ("detained", "children", 4, 0)]


def test_near_miss_relatives_named_by_their_kin_s_fate():
    text = "Some 60 family members of the disappeared met the commission on Friday."
    assert _read(text) == []


def test_relatives_who_died_themselves():
    text = "Four relatives died when the shelter collapsed on Tuesday night."
    assert _read(text) == [("killed", "all", 4, None)]


def test_near_miss_families_counted_as_families():
    text = "Twelve families were wiped out in the bombing of the district."
    assert _read(text) == [("families_wiped_out", "all", 12, None)]
