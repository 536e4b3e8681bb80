"""A pipe table's column of what befalls persons while held (put under arrest, beaten), to the
right of a column of the detained, counts persons among each row's detained, not among its
column's total; the Total row's cell is a part of the Total's detained. Tables written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_arrested_and_beaten_are_among_their_row_of_the_detained():
    text = (
        "Задержания 3–4 мая\n\n"
        "| Район | Задержаны | Арестованы | Заявили о побоях |\n|---|---|---|---|\n"
        "| Северный | 60 | 9 | 5 |\n| Южный | 25 | 3 | 0 |\n| Итого | 85 | 12 | 5 |\n"
    )
    claims = claim_fields(text, "ru", FIELDS)
    assert ("detained", "all", 9, 0) in claims
    assert ("tortured", "all", 5, 0) in claims
    assert ("detained", "all", 3, 3) in claims
    assert ("tortured", "all", 0, 3) in claims
    assert ("detained", "all", 12, 6) in claims
    assert ("tortured", "all", 5, 6) in claims


def test_in_english_too():
    text = (
        "| County | Arrested | Beaten in custody |\n|---|---|---|\n"
        "| Elm | 30 | 4 |\n| Oak | 10 | 2 |\n| Total | 40 | 6 |\n"
    )
    claims = claim_fields(text, "en", FIELDS)
    assert ("tortured", "all", 4, 0) in claims
    assert ("tortured", "all", 2, 2) in claims


def test_near_miss_the_dead_and_wounded_beside_the_detained_stand_apart():
    text = (
        "| Район | Погибли | Ранены | Задержаны |\n|---|---|---|---|\n"
        "| Северный | 2 | 7 | 30 |\n| Южный | 1 | 4 | 12 |\n"
    )
    claims = claim_fields(text, "ru", FIELDS)
    assert ("killed", "all", 2, None) in claims
    assert ("injured", "all", 7, None) in claims
    assert ("detained", "all", 30, None) in claims
