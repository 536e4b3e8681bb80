"""Tables set down as text, their cells split by pipes: the header names each column's act, a
row's first cell whom or when it counts; a group's row is a part of the total row's figure in
its column, a month's row a figure of its own (districts' rows are in test_table_totals_by_place).
Tables written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Casualties of the raid on Tolvey.\n\nVictims | Dead | Wounded\n\n"
            "Women | 4 | 11\n\nChildren | 3 | 7\n\nTotal | 12 | 30",
            "en",
        ),
        (
            "Потери при обстреле Верхнего Лога.\n\nКатегория | Погибли | Ранены\n\n"
            "Женщины | 4 | 11\n\nДети | 3 | 7\n\nВсего | 12 | 30",
            "ru",
        ),
        (
            "Tolvey kəndinin atəşə tutulması.\n\nQrup | Həlak olub | Yaralanıb\n\n"
            "Qadınlar | 4 | 11\n\nUşaqlar | 3 | 7\n\nCəmi | 12 | 30",
            "az",
        ),
    ],
)
def test_a_groups_row_is_a_part_of_the_total_in_its_column(text, language):
    assert sorted(_read(text, language), key=str) == sorted(
        [
            ("killed", "women", 4, 4),
            ("injured", "women", 11, 5),
            ("killed", "children", 3, 4),
            ("injured", "children", 7, 5),
            ("killed", "all", 12, None),
            ("injured", "all", 30, None),
        ],
        key=str,
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Month | Killed | Injured\n\nMarch | 5 | 14\n\nApril | 2 | 9", "en"),
        ("Месяц | Убиты | Ранены\n\nМарт | 5 | 14\n\nАпрель | 2 | 9", "ru"),
    ],
)
def test_a_months_row_is_a_figure_of_its_own(text, language):
    # A number alone in its cell is a count, though "14" and the next line's month read as a date.
    assert _read(text, language) == [
        ("killed", "all", 5, None),
        ("injured", "all", 14, None),
        ("killed", "all", 2, None),
        ("injured", "all", 9, None),
    ]


def test_a_table_whose_header_names_no_act_is_left_to_the_sentences():
    text = "District | Shelters | Beds\n\nNorth | 4 | 120\n\nSouth | 2 | 60"
    assert _read(text, "en") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Kind | Destroyed | Damaged\n\nHouses | 52 | 140\n\nSchools | 3 | 8", "en"),
        ("Объект | Разрушено | Повреждено\n\nЖилые дома | 52 | 140\n\nШколы | 3 | 8", "ru"),
        (
            "Obyekt | Tam dağılmış | Zədələnmiş\n\nYaşayış evləri | 52 | 140\n\nMəktəblər | 3 | 8",
            "az",
        ),
    ],
)
def test_a_row_of_property_counts_that_property(text, language):
    assert _read(text, language) == [
        ("property_destroyed", "homes", 52, None),
        ("property_destroyed", "schools", 3, None),
    ]
