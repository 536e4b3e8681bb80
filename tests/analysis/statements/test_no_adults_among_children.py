""" "Of the 40 wounded, 15 were children, 6 of whom lost a leg, and nine were women": women
or men are never a part of children; nested in them, they move up to the children's whole.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier", "parent"))


def test_women_after_a_part_of_the_children_are_of_the_whole():
    text = "Of the 64 wounded, 20 were children, 7 of whom lost a hand, and eleven were women."
    assert _read(text) == [
        ("injured", "all", 64, "exact", None),
        ("injured", "children", 20, "exact", 0),
        ("injured", "children", 7, "exact", 1),
        ("injured", "women", 11, "exact", 0),
    ]


def test_near_miss_women_among_all_stay_where_they_are():
    text = "Of the 64 wounded, 20 were women, 7 of whom were nurses."
    assert _read(text)[1] == ("injured", "women", 20, "exact", 0)
