"""Azerbaijani says minors also as those whose year of an age is "not yet full": "17 yaşı
tamam olmamış" (the age with the possessive "yaşı", then "tamam olmamış"). Before a count
it names the group, as "18 yaşına çatmamış" does, of persons and of boys alike; "o vaxt" (at
the time) may stand before it. An age above 18 so said names no children. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

_TAKEN = "Silahlılar dərədən 25 kişini apardılar. "


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_persons_whose_eighteenth_year_is_not_full_are_children():
    text = _TAKEN + "Onların arasında 18 yaşı tamam olmamış dörd nəfər var."
    assert _read(text) == [("captured", "men", 25, None), ("captured", "children", 4, 0)]


def test_boys_so_aged_are_children_too():
    text = _TAKEN + "Onların arasında 16 yaşı tamam olmamış 2 oğlan da var idi."
    assert _read(text)[-1] == ("captured", "children", 2, 0)


def test_at_the_time_before_the_age():
    text = _TAKEN + "Onların arasında o vaxt 17 yaşı tamam olmamış beş nəfər olub."
    assert _read(text)[-1] == ("captured", "children", 5, 0)


def test_near_miss_an_age_above_eighteen():
    text = _TAKEN + "Onların arasında 40 yaşı tamam olmamış altı nəfər var."
    assert ("captured", "children", 6, 0) not in _read(text)
