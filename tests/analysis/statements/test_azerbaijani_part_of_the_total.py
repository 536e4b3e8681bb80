"""An Azerbaijani part of persons named as a total ("cəmi köçkünlərdən", "bütün
girovlardan", "ümumi saxlanılanlardan") is a part of the latest figure of their fate that sums
up others: a table's total row or a toll broken down into parts, not the row or part counted
last. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


_TABLE = (
    "Şəhər | Köçkünlər | onlardan uşaqlar\n"
    "Qırmızıkənd | 2 400 | 900\n"
    "Aşağıbağ | 700 | 250\n"
    "Cəmi | 3 100 | 1 150\n\n"
)


def test_part_of_the_total_row_after_a_table():
    text = _TABLE + "Cəmi köçkünlərdən 1 000-i yataqxanalarda məskunlaşıb."
    assert _read(text)[-1] == ("displaced", "all", 1000, 4)


def test_part_of_all_the_hostages_after_their_parts():
    text = (
        "Silahlılar 40 nəfəri girov götürüb, onlardan 12-si qadın, 9-u uşaqdır. "
        "Bütün girovlardan 7-si artıq azad edilib."
    )
    assert _read(text) == [
        ("captured", "all", 40, None),
        ("captured", "women", 12, 0),
        ("captured", "children", 9, 0),
        ("released", "all", 7, 0),
    ]


def test_near_miss_without_a_word_of_the_total_the_rows_still_decide():
    text = _TABLE + "Köçkünlərdən 1 000-i yataqxanalarda məskunlaşıb."
    assert _read(text)[-1] == ("displaced", "all", 1000, 4)


def test_near_miss_a_group_word_names_the_part_of_that_group():
    text = (
        "Rayonda 610 nəfər itkin düşüb, onlardan 220-si mülki şəxsdir. "
        "Mülki itkinlərdən 70-i qadındır."
    )
    assert _read(text) == [
        ("missing", "all", 610, None),
        ("missing", "civilians", 220, 0),
        ("missing", "women", 70, 1),
    ]
