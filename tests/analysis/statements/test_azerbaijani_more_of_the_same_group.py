"""Azerbaijani: a number with the possessive ending ("N of them") opening a clause after a
count of a group, and more than that count, counts more of the same group, whose noun it leaves
out ("6 şagird həlak olub, 15-dən çoxu yaralanıb"); it is no part of the count before it. A
smaller one is a part, as before. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "qualifier", "parent"))


def test_more_than_of_them_after_a_group():
    text = "Atışma zamanı 5 şagird həlak olub, 12-dən çoxu yaralanıb."
    assert _read(text) == [
        ("killed", "children", 5, "exact", None),
        ("injured", "children", 12, "at_least", None),
    ]


def test_in_a_reported_clause_in_the_genitive():
    text = "Müəllim 3 şagirdinin öldüyünü, on ikisinin yaralandığını danışıb."
    assert _read(text) == [
        ("killed", "children", 3, "exact", None),
        ("injured", "children", 12, "exact", None),
    ]


def test_of_a_free_label():
    text = "Partlayışda 2 mədənçi ölüb, 9-u xəsarət alıb."
    assert _read(text) == [
        ("killed", "miners", 2, "exact", None),
        ("injured", "miners", 9, "exact", None),
    ]


def test_near_miss_a_smaller_number_is_a_part():
    text = "Hücumda 14 şagird yaralanıb, 3-ü ağır vəziyyətdədir."
    assert _read(text) == [
        ("injured", "children", 14, "exact", None),
        ("injured", "children", 3, "exact", 0),
    ]


def test_near_miss_persons_lend_no_group():
    text = "Partlayışda 2 nəfər ölüb, 9-u xəsarət alıb."
    assert _read(text) == [
        ("killed", "all", 2, "exact", None),
        ("injured", "all", 9, "exact", None),
    ]
