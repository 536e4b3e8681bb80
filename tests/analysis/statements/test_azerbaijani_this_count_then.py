"""Azerbaijani "bu say" (this count), as "bu rəqəm" (this figure): the bare number after it
("ötən həftə bu say 310 idi") counts the same act and group at another time, a figure of its
own. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_this_count_last_week():
    text = "Axtarışda olan şəxslərin sayı 340 nəfərdir. Ötən həftə bu say 310 idi."
    assert _read(text) == [("missing", "all", 340, None), ("missing", "all", 310, None)]


def test_this_count_of_a_group():
    text = "Saxlanılan jurnalistlərin sayı 14 nəfərə çatıb; ayın əvvəlində bu say 9 idi."
    assert _read(text) == [
        ("detained", "journalists", 14, None),
        ("detained", "journalists", 9, None),
    ]


def test_near_miss_a_count_of_no_figure():
    assert _read("Bu say 310 idi.") == []
