"""A list of groups after a colon spells out the figure before it even when one group is a
word the lexicon does not know ("27 nəfər saxlanılıb: 10 jurnalist, 12 bloger və 5 vəkil"),
as long as another item names a group and the counts are no more than the figure; the group
not known is all (activists, "fəal", as the sets count police officers). Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str = "az") -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


def test_a_group_not_known_among_known_groups():
    assert _read("Ötən ay 23 nəfər saxlanılıb: 8 jurnalist, 10 bloger və 5 vəkil.") == [
        ("detained", "all", 23, None),
        ("detained", "journalists", 8, 0),
        ("detained", "all", 10, 0),
        ("detained", "lawyers", 5, 0),
    ]


def test_activists_in_a_list():
    assert _read("Aksiyada 16 nəfər tutulub: 11 fəal və 5 tələbə.") == [
        ("detained", "all", 16, None),
        ("detained", "all", 11, 0),
        ("detained", "students", 5, 0),
    ]


def test_in_english_too():
    text = "In all, 14 people were arrested: 6 journalists, 8 bloggers."
    assert [c[2:] for c in _read(text, "en")] == [(14, None), (6, 0), (8, 0)]


def test_near_miss_counts_more_than_the_figure():
    assert _read("Ötən ay 20 nəfər saxlanılıb: 8 jurnalist, 15 bloger.") == [
        ("detained", "all", 20, None)
    ]


def test_near_miss_activity_is_no_activist():
    assert _read("Qrupun fəaliyyəti dayandırılıb, 3 üzvü saxlanılıb.") == [
        ("detained", "all", 3, None)
    ]
