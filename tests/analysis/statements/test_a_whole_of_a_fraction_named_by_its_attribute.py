"""The whole of a fraction ("half of the 600 displaced people", «половина из 600 перемещённых
лиц») is a figure of what its participle before the noun says; a whole with no such word is
only how many there were. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count"))


def test_english_whole_with_its_participle_before_the_noun():
    text = "Almost a third of the 900 displaced residents are elderly."
    assert _read(text, "en") == [("displaced", "all", 900)]


def test_russian_whole_with_its_participle_before_the_noun():
    text = "Около трети из 900 перемещённых жителей — пожилые люди."
    assert _read(text, "ru") == [("displaced", "all", 900)]


def test_near_miss_a_whole_with_no_participle():
    assert _read("Almost a third of the 900 residents are elderly.", "en") == []
