"""Persons who turned up alive («нашлись живыми», "turned up alive") are no figure, nor a part
of the missing they were counted among. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


def test_russian_found_alive_reflexive():
    text = "Из 52 пропавших без вести жителей посёлка семеро нашлись живыми."
    assert _read(text, "ru") == [("missing", "all", 52, None)]


def test_english_turned_up_alive():
    text = "Of the 52 villagers reported missing, seven have since turned up alive."
    assert _read(text, "en") == [("missing", "all", 52, None)]


def test_near_miss_found_dead_is_a_figure():
    text = "Из 52 пропавших без вести жителей посёлка семеро найдены мёртвыми."
    assert ("found_dead", "all", 7, 0) in _read(text, "ru")
