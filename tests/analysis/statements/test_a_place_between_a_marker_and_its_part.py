"""An English marker of a part may say where the whole was held before its copula ("Among
those detained at the airport were six lawyers"); the place names no one, and the part is
of the whole before. "Among those held" is such a marker too, whoever held them. A marker
of another fate finds no whole in this one. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_a_place_after_the_marker():
    text = "Police detained 250 people on Sunday. Among those detained at the airport were six lawyers."
    assert claim_fields(text, "en", FIELDS) == [
        ("detained", "all", 250, None),
        ("detained", "lawyers", 6, 0),
    ]


def test_among_those_held_of_a_whole_taken_before():
    text = "Gunmen abducted 48 villagers near Torr. Among those held in the forest were five women."
    assert claim_fields(text, "en", FIELDS) == [
        ("captured", "all", 48, None),
        ("captured", "women", 5, 0),
    ]


def test_near_miss_a_marker_of_another_fate_takes_no_whole_of_this_one():
    text = "Police detained 250 people on Sunday. Among the dead in the city were 9 journalists."
    assert claim_fields(text, "en", FIELDS) == [
        ("detained", "all", 250, None),
        ("killed", "journalists", 9, None),
    ]
