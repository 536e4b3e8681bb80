"""Families "whose homes were destroyed" ("evləri dağılmış 4 ailə", a relative clause before the
count) are left homeless, so displaced; homes destroyed counted as homes stay property.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count"))


def test_families_whose_homes_were_destroyed():
    text = "Evləri dağılmış dörd ailə indi qonşuların evində qalır."
    assert _read(text) == [("displaced", "families", 4)]


def test_families_whose_home_was_burnt():
    text = "Evi yandırılmış 9 ailə məktəb binasında yaşayır."
    assert _read(text) == [("displaced", "families", 9)]


def test_near_miss_homes_destroyed_are_property():
    text = "Atəşdən 4 yaşayış evi dağılıb."
    assert _read(text) == [("property_destroyed", "homes", 4)]
