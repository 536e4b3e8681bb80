"""A table's column of persons put up somewhere («Размещены в ПВР») after a column of the
displaced counts some of each row's displaced: where some of those who fled stay is no flight
of its own. A column of leaving («Выехали») is the flight itself, and a note of others who left
on their own is a figure of its own, not a part of the last row. Tables written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")

_PIPES = """Сведения о переселенцах по сёлам

| Село | {first} | из них дети | Размещены в ПВР |
|---|---|---|---|
| Берёзовка | 3 100 | 840 | 450 |
| Дубки | 620 | 95 | 0 |
| Итого | 3 720 | 935 | 450 |
"""

_SPACES = """Выезд жителей за 3–9 мая

Село          Выехали    из них детей    размещены в ПВР
Берёзовка       3 100             840                450
Дубки             620              95                  0
Итого           3 720             935                450

Ещё не менее 200 жителей Дубков выехали самостоятельно и в таблицу не включены.
"""


def test_the_housed_are_of_their_rows_displaced():
    claims = claim_fields(_PIPES.format(first="Перемещено, всего"), "ru", FIELDS)
    assert ("displaced", "all", 450, 0) in claims
    assert ("displaced", "all", 0, 3) in claims
    assert ("displaced", "all", 450, 6) in claims


def test_the_housed_are_of_those_who_left_in_a_spaced_table():
    claims = claim_fields(_SPACES, "ru", FIELDS)
    assert ("displaced", "all", 450, 0) in claims
    assert ("displaced", "all", 0, 3) in claims


def test_others_who_left_on_their_own_are_no_part_of_the_table():
    claims = claim_fields(_SPACES, "ru", FIELDS)
    assert ("displaced", "all", 200, None) in claims


def test_the_housed_beside_a_column_of_the_killed_stand_alone():
    # Near miss: those put up somewhere are none of the killed counted to their left.
    text = (
        "| Село | Погибли | Размещены в ПВР |\n|---|---|---|\n| Берёзовка | 4 | 450 |\n"
        "| Дубки | 1 | 60 |\n"
    )
    claims = claim_fields(text, "ru", FIELDS)
    assert ("displaced", "all", 450, None) in claims
