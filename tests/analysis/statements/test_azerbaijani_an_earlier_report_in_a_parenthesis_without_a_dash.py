"""Azerbaijani names the earlier report a figure stood in, in the locative, right before its
number in a parenthesis after the toll, with no dash: "(2 saylı məlumatda 19)", "(əvvəlki
məlumatda 19)". The number counts the same act and group as the report gave it then: a figure
of its own. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_a_numbered_report():
    text = "Ən azı 26 dinc sakin həlak olub (2 saylı məlumatda 19), onlardan 5-i uşaqdır."
    assert _read(text) == [
        ("killed", "civilians", 26, None),
        ("killed", "civilians", 19, None),
        ("killed", "children", 5, 0),
    ]


def test_the_earlier_report():
    text = "Bölgədə 60-dan çox nəfər yaralanıb (əvvəlki məlumatda 44)."
    assert _read(text) == [("injured", "all", 60, None), ("injured", "all", 44, None)]


def test_near_miss_a_numbered_school_is_no_report():
    text = "Bölgədə 60-dan çox nəfər yaralanıb (3 saylı məktəbdə 12)."
    assert ("injured", "all", 12, None) not in _read(text)
