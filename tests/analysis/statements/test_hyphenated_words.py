"""A hyphen inside a word («из-под», "north-east") is no word of its own between a count and
its verb. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count"))


def test_a_hyphenated_preposition_stands_as_one_word():
    assert _read("Спасатели извлекли из-под завалов 7 тел.", "ru") == [("found_dead", "all", 7)]


def test_a_hyphenated_adjective_stands_as_one_word():
    text = "Soldiers detained in the north-east 7 men."
    assert _read(text, "en") == [("detained", "men", 7)]
