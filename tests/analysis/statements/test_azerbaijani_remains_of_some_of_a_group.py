"""Azerbaijani "Kişilərdən üçünün meyitini tapdılar" (of the men, they found three's bodies):
the number owns the remains in the genitive, and the group it is taken from, named in the
ablative before it, is whose remains they are: three men found dead. "Onlardan" names no
group, and a place in the ablative ("kənddən") none either. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_the_bodies_of_some_of_the_men():
    text = "Doqquz kişini apardılar. Kişilərdən üçünün meyitini meşədə tapdılar."
    assert _read(text) == [("captured", "men", 9, None), ("found_dead", "men", 3, 0)]


def test_the_bodies_of_some_of_the_women():
    text = "Yeddi qadın itkin düşüb. Qadınlardan ikisinin meyiti çayda tapılıb."
    assert _read(text) == [("missing", "women", 7, None), ("found_dead", "women", 2, 0)]


def test_of_them_keeps_the_group_of_the_whole():
    text = "Doqquz kişini apardılar. Onlardan üçünün meyitini meşədə tapdılar."
    assert _read(text) == [("captured", "men", 9, None), ("found_dead", "men", 3, 0)]
