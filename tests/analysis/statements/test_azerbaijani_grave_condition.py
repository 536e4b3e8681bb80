"""Azerbaijani "ağır vəziyyətdədir" (in a grave condition), said by a hospital of patients, is
a degree of being hurt: a count of its own so told is injured, and a part of the injured
before it, as "onlardan 3-ü ağır vəziyyətdədir" is. Hardship lived ("ağır vəziyyətdə
yaşayır") is no harm. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_a_count_in_a_grave_condition_is_a_part_of_the_injured():
    text = "Qəzada 26 sərnişin yaralanıb. Hazırda 8 nəfər ağır vəziyyətdədir."
    assert _read(text) == [("injured", "all", 26, None), ("injured", "all", 8, 0)]


def test_the_number_of_those_in_a_critical_condition():
    text = "Zərbədən sonra 40 nəfər yaralanıb. Axşam kritik vəziyyətdə olanların sayı 5-dir."
    assert _read(text) == [("injured", "all", 40, None), ("injured", "all", 5, 0)]


def test_near_miss_families_living_in_hardship():
    text = "Dağ kəndində 120 ailə ağır vəziyyətdə yaşayır."
    assert _read(text) == []
