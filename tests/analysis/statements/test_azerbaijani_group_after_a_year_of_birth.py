"""An Azerbaijani part's group may follow a year of birth ("biri 2011-ci il təvəllüdlü
yeniyetmədir", one of them a teenager born in 2011), as it follows an age ("13 yaşlı
məktəblidir"): the year says who the noun is. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_group_past_the_year_of_birth() -> None:
    text = "Yanğında 5 nəfər həlak olub. Ölənlərdən biri 2011-ci il təvəllüdlü yeniyetmədir."
    assert claim_fields(text, "az", FIELDS) == [
        ("killed", "all", 5, None),
        ("killed", "children", 1, 0),
    ]


def test_near_miss_a_year_of_birth_alone() -> None:
    # The year names no one: no count of its own.
    text = "Yanğında 1979-cu il təvəllüdlü kişi xəsarət alıb."
    assert all(c[2] != 1979 for c in claim_fields(text, "az", FIELDS))
