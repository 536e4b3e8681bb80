"""Azerbaijani "Tələbələrdən 30-u buraxılıb, 4-ü isə döyülüb": after a comma, a part with no
group of its own is taken of the group named once in the ablative before the part ahead of
it, so it shares that part's whole and is no part of it. A group of its own ("jurnalistlərdən
4-ü") or "onlardan" (of them) says otherwise. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

_DETAINED = "Aksiyada 60 nəfər saxlanılıb: 45 tələbə və 15 jurnalist. "


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_the_second_part_shares_the_whole_of_the_first():
    text = _DETAINED + "Tələbələrdən 30-u sonradan sərbəst buraxılıb, 4-ü isə döyülüb."
    assert _read(text) == [
        ("detained", "all", 60, None),
        ("detained", "students", 45, 0),
        ("detained", "journalists", 15, 0),
        ("released", "students", 30, 1),
        ("tortured", "students", 4, 1),
    ]


def test_near_miss_a_group_of_its_own():
    text = (
        _DETAINED + "Tələbələrdən 30-u sonradan sərbəst buraxılıb, jurnalistlərdən 4-ü isə döyülüb."
    )
    assert _read(text)[-1] == ("tortured", "journalists", 4, 2)


def test_near_miss_of_them_is_of_the_part_before():
    text = "Aksiyada 60 nəfər saxlanılıb. Tələbələrdən 30-u həbs edilib, onlardan 4-ü isə döyülüb."
    assert _read(text)[-1][2:] == (4, 1)
