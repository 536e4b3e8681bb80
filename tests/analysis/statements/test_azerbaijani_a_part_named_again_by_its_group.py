"""Azerbaijani "35-i mülki şəxsdir, mülki şəxslərdən yeddisi qadındır": after a comma, a part
whose group in the ablative names the part just before by its own words is a part of that
part, no sibling of it; another group there ("sakinlərdən 5-i") is the next part of the same
whole. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_of_the_civilians_just_counted():
    text = (
        "Əsirlikdə 120 nəfər var. Onlardan 35-i mülki şəxsdir, mülki şəxslərdən yeddisi qadındır."
    )
    assert _read(text) == [
        ("captured", "all", 120, None),
        ("captured", "civilians", 35, 0),
        ("captured", "women", 7, 1),
    ]


def test_near_miss_another_group_is_a_sibling():
    text = "Toqquşmada polislərdən 2-si və sakinlərdən 5-i xəsarət alıb."
    assert _read(text) == [("injured", "police officers", 2, None), ("injured", "all", 5, None)]
