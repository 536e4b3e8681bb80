"""A part said to be ill («тяжело больны», "seriously ill") is described, not a figure of its
whole's fate. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


def test_english_ill_among_the_released():
    text = "Of the 64 detainees released on Friday, nine were seriously ill."
    assert _read(text, "en") == [("released", "all", 64, None)]


def test_russian_ill_among_the_released():
    text = "Из 64 освобождённых в пятницу заложников девять были тяжело больны."
    assert [f[2] for f in _read(text, "ru")] == [64]


def test_near_miss_injured_among_the_released():
    text = "Of the 64 detainees released on Friday, nine were seriously injured."
    assert ("injured", "all", 9, 0) in _read(text, "en")
