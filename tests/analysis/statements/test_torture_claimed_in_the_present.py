"""Persons who say now («утверждают», «жалуются», «заявляют») that they were tortured count
as the tortured, as those who said so («заявили, что их пытали»). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "subgroup", "count", "parent"))


def test_part_claiming_torture_now():
    text = "В Заречье задержаны 15 фермеров; четверо из них утверждают, что их пытали."
    assert _read(text) == [("detained", "all", 15, None), ("tortured", "all", 4, 0)]


def test_complaining_of_beatings():
    text = "Задержаны 15 фермеров, трое из них жалуются, что их избивали."
    assert ("tortured", "all", 3, 0) in _read(text)


def test_near_miss_others_claiming_it():
    text = "В Заречье задержаны 15 фермеров; их адвокаты утверждают, что их пытали."
    assert _read(text) == [("detained", "all", 15, None)]
