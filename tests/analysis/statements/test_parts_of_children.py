"""A part of a figure of children that names no group of its own counts children too: "of
them", "of whom", "Of the minors, eleven …". Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "parent"))


def test_of_them_after_children():
    text = "Police detained 75 children at the border; 30 of them were released the next day."
    assert _read(text) == [("detained", "children", 75, None), ("released", "children", 30, 0)]


def test_of_whom_after_minors():
    text = "Nine minors were wounded in the shelling, two of whom later died in hospital."
    assert _read(text) == [("injured", "children", 9, None), ("killed", "children", 2, 0)]


def test_near_miss_a_part_of_everyone_stays_everyone():
    text = "Police detained 75 people at the border; 30 of them were released the next day."
    assert _read(text) == [("detained", "all", 75, None), ("released", "all", 30, 0)]
