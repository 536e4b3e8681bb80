"""Rows of places under a caption that names the act, one a line: "Place — N persons,
including M children". The caption's act is each row's, a row's part counts its group among
the row's count, a row saying none is a zero, and the rows stand beside the total row.
Tables written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")

EXPECTED = [
    ("displaced", "all", 640, None),
    ("displaced", "children", 215, 0),
    ("displaced", "all", 0, None),
    ("displaced", "all", 388, None),
    ("displaced", "children", 97, 3),
    ("displaced", "all", 1028, None),
    ("displaced", "children", 312, 5),
]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Cədvəl 4. Bölgələr üzrə qeydə alınmış məcburi köçkünlər (15 fevral 2022-ci il)\n"
            "Çayqıraq rayonu — 640 nəfər, o cümlədən 215 uşaq\n"
            "Narlıdərə rayonu — yoxdur\n"
            "Ağbulaq rayonu — 388 nəfər, o cümlədən 97 uşaq\n"
            "Cəmi — 1 028 nəfər, o cümlədən 312 uşaq\n",
            "az",
        ),
        (
            "Table 4. Internally displaced persons registered by region (15 February 2022)\n"
            "Rivermouth district — 640 people, including 215 children\n"
            "Stonebridge district — none\n"
            "Ashford district — 388 people, including 97 children\n"
            "Total — 1,028 people, including 312 children\n",
            "en",
        ),
        (
            "Таблица 4. Внутренне перемещённые лица по районам (на 15 февраля 2022 г.)\n"
            "Заречный район — 640 человек, в том числе 215 детей\n"
            "Каменский район — нет\n"
            "Ольховский район — 388 человек, в том числе 97 детей\n"
            "Всего — 1 028 человек, в том числе 312 детей\n",
            "ru",
        ),
    ],
)
def test_each_row_takes_the_captions_act(text: str, language: str) -> None:
    assert claim_fields(text, language, FIELDS) == EXPECTED


def test_a_row_saying_none_recorded() -> None:
    text = (
        "Rayonlar üzrə məcburi köçkünlər\n"
        "Yuxarı Tala rayonu — 52 nəfər\n"
        "Aşağı Tala rayonu — qeydə alınmayıb\n"
        "Dərəkənd rayonu — 31 nəfər, o cümlədən 9 qadın\n"
    )
    assert claim_fields(text, "az", FIELDS) == [
        ("displaced", "all", 52, None),
        ("displaced", "all", 0, None),
        ("displaced", "all", 31, None),
        ("displaced", "women", 9, 2),
    ]


def test_near_miss_rows_of_distances_count_no_one() -> None:
    text = (
        "Məcburi köçkünlərin yerləşdirildiyi düşərgələr\n"
        "Çayqıraq rayonu — 12 km\n"
        "Ağbulaq rayonu — 30 km\n"
    )
    assert claim_fields(text, "az", FIELDS) == []


def test_near_miss_a_caption_naming_no_act() -> None:
    # Residents counted by district: no one befell anything.
    text = (
        "Rayonlar üzrə sakinlərin sayı\nÇayqıraq rayonu — 640 nəfər\nAğbulaq rayonu — 388 nəfər\n"
    )
    assert claim_fields(text, "az", FIELDS) == []
