"""Azerbaijani makes an adjective of an age with "-lı/-li" ("13 yaşlı məktəbli", a
13-year-old pupil) and puts it before its noun: inside a counted noun phrase the age is read
past, and the noun after it is what was counted. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_a_part_described_by_its_age_after_a_coordinated_part():
    text = (
        "Minaatan atəşindən 5 nəfər həlak olub. Həlak olanlardan üçü jurnalist, biri isə "
        "11 yaşlı şagirddir."
    )
    assert _read(text) == [
        ("killed", "all", 5, None),
        ("killed", "journalists", 3, 0),
        ("killed", "children", 1, 0),
    ]


def test_near_miss_the_age_is_no_count_of_its_own():
    text = "Gecə atəşi nəticəsində 72 yaşlı 2 sakin yaralanıb."
    assert _read(text) == [("injured", "all", 2, None)]
