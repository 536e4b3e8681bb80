"""«Мы ищем 57 человек»: those a tracing team or relatives say they seek are missing; «ищет»
said of the police may seek suspects and counts no one. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_those_we_seek_are_missing():
    text = "— Скольких вы ещё ищете? — Сейчас мы ищем 41 человека, в основном водителей."
    assert claim_fields(text, "ru", FIELDS) == [("missing", 41)]


def test_those_the_police_seek_are_not():
    assert claim_fields("Полиция ищет троих подозреваемых.", "ru", FIELDS) == []
