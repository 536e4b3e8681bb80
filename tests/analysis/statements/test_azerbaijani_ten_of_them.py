"""Azerbaijani "onu" is "him" or "ten of them" ("on" with the possessive). Right after its
whole in the ablative, or listed after another part, it is ten of them. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "qualifier", "parent"))


def test_ten_of_them_after_a_qualifier():
    text = "Zərbə nəticəsində 14 nəfər yaralanıb, onlardan ən azı onu mülki şəxsdir."
    assert _read(text) == [
        ("injured", "all", 14, "exact", None),
        ("injured", "civilians", 10, "at_least", 0),
    ]


def test_ten_of_them_listed_after_another_part():
    text = "Aksiyada 31 nəfər saxlanılıb. Onlardan altısı qadın, onu isə tələbədir."
    assert _read(text)[:2] == [
        ("detained", "all", 31, "exact", None),
        ("detained", "women", 6, "exact", 0),
    ]
    assert _read(text)[2][2:] == (10, "exact", 0)


def test_near_miss_him_after_a_part():
    text = "Hücumda 9 nəfər öldürülüb. Onlardan biri onu əvvəldən tanıyırdı."
    assert _read(text) == [("killed", "all", 9, "exact", None)]


def test_near_miss_him_as_an_object():
    text = "Polis onu küçədə saxlayıb, 2 nəfər isə yaralanıb."
    assert _read(text) == [("injured", "all", 2, "exact", None)]
