"""Azerbaijani corrects a count in place with "deyil" (not) after the wrong one and its noun:
"7 nəfərin deyil, 9 nəfərin həbs olunduğu təsdiqlənib" (it is confirmed that 9, not 7, were
held). The count said not to be so is no claim, whether "deyil" follows the number or the
counted noun. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count"))


def test_the_wrong_count_with_its_noun():
    text = "Dəqiqləşdirilmiş məlumata görə, 12 nəfər deyil, 15 nəfər saxlanılıb."
    assert _read(text) == [("detained", "all", 15)]


def test_the_wrong_count_in_the_genitive():
    text = "Yoxlama 4 nəfərin deyil, 6 nəfərin yaralandığını göstərib."
    assert _read(text) == [("injured", "all", 6)]


def test_near_miss_a_group_they_are_not():
    text = "5 nəfər saxlanılıb, onların heç biri jurnalist deyil."
    assert _read(text) == [("detained", "all", 5), ("detained", "journalists", 0)]
