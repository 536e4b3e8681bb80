"""A table's rows (or columns) of places stand beside its total row (or column), each a figure
of its own with no parent, as the sets written since sealed17 write them; so do rows of months.
Tables written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Shelling casualties in the province, spring 2031\nDistrict | Killed | Wounded\n"
         "All districts | 12 | 30\nVarno | 9 | 21\nTesk | 3 | 9\n", "en"),
        ("Потери от обстрелов в области, весна 2031 года\nРайон | Погибли | Ранены\n"
         "Все районы | 12 | 30\nВарновский | 9 | 21\nТесский | 3 | 9\n", "ru"),
        ("Vilayətdə atəş nəticəsində itkilər, 2031-ci ilin yazı\nRayon | Həlak olub | "
         "Yaralanıb\nBütün rayonlar | 12 | 30\nVarno | 9 | 21\nTesk | 3 | 9\n", "az"),
    ],
)  # fmt: skip
def test_rows_of_places_stand_beside_the_total_row(text, language):
    assert _read(text, language) == [
        ("killed", "all", 12, None),
        ("injured", "all", 30, None),
        ("killed", "all", 9, None),
        ("injured", "all", 21, None),
        ("killed", "all", 3, None),
        ("injured", "all", 9, None),
    ]


def test_columns_of_places_stand_beside_the_total_column():
    text = (
        "Əlavə 3. Rayonlar üzrə itkilər\nGöstərici | Cəmi | Varno | Tesk\n"
        "Həlak olanlar | 12 | 9 | 3\nYaralananlar | 30 | 21 | 9\n"
    )
    assert _read(text, "az") == [
        ("killed", "all", 12, None),
        ("killed", "all", 9, None),
        ("killed", "all", 3, None),
        ("injured", "all", 30, None),
        ("injured", "all", 21, None),
        ("injured", "all", 9, None),
    ]


def test_rows_of_months_stay_beside_the_total():
    text = "Casualties by month\nMonth | Killed\nMarch | 5\nApril | 7\nTotal | 12\n"
    assert _read(text, "en") == [
        ("killed", "all", 5, None),
        ("killed", "all", 7, None),
        ("killed", "all", 12, None),
    ]


def test_places_that_add_up_to_more_than_the_total_are_not_its_parts():
    text = "District | Killed\nAll districts | 10\nVarno | 9\nTesk | 3\n"
    assert [parent for *_, parent in _read(text, "en")] == [None, None, None]
