"""Looting («разграблены», "talan edilib", "looted") is no destruction: the things still
stand, and no figure of destroyed property is read, in any of the three languages, while
burning or razing them is. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count"))


def test_looted_homes_in_three_languages():
    assert _read("За неделю разграблены 37 домов.", "ru") == []
    assert _read("Bir həftədə 37 ev talan edilib.", "az") == []
    assert _read("In one week 37 homes were looted.", "en") == []


def test_near_miss_homes_burned():
    assert _read("За неделю сожжены 37 домов.", "ru") == [("property_destroyed", "homes", 37)]
    assert _read("Bir həftədə 37 ev yandırılıb.", "az") == [("property_destroyed", "homes", 37)]
