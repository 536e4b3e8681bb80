"""Persons a Russian statement says are held by armed men («удерживаются боевиками») are
captured, with the parts nested in them; held by the police they stay detained. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_held_by_armed_formations_with_a_part():
    text = "Около 70 жителей удерживаются вооружёнными группами в школе, в том числе 12 детей."
    assert claim_fields(text, "ru", FIELDS) == [
        ("captured", "all", 70, None),
        ("captured", "children", 12, 0),
    ]


def test_held_by_fighters():
    text = "Не менее 15 человек удерживаются боевиками в подвале."
    assert claim_fields(text, "ru", FIELDS) == [("captured", "all", 15, None)]


def test_near_miss_held_by_the_police():
    text = "Не менее 15 человек удерживаются полицией в отделе."
    assert claim_fields(text, "ru", FIELDS) == [("detained", "all", 15, None)]
