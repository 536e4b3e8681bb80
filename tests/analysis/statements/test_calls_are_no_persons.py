"""The calls a hotline takes are counted, not persons ("received 1,530 calls", «1 530
звонков»); those it reports missing are («заявления о пропаже 212 человек»). Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "count"))


def test_english_calls_beside_the_missing():
    text = "The line took 940 calls, and 61 people were reported missing through it."
    assert _read(text, "en") == [("missing", 61)]


def test_russian_reports_of_the_missing():
    text = "На линию поступило 940 звонков, поступили заявления о пропаже 61 человека."
    assert _read(text, "ru") == [("missing", 61)]


def test_near_miss_livestock_lost():
    assert _read("Поступили заявления о пропаже 61 головы скота.", "ru") == []
