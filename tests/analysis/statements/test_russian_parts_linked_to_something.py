"""A Russian part whose verb only says what it is linked with («27 из них связаны с
сексуальным насилием») is a part of its whole, of the whole's act, as «касаются» says.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "count", "parent"))


def test_cases_linked_with_something():
    text = "Миссия зафиксировала 64 случая пыток, 15 из них связаны с применением электротока."
    assert _read(text) == [("tortured", 64, None), ("tortured", 15, 0)]


def test_near_miss_a_part_with_an_act_of_its_own():
    text = "Задержаны 40 человек, 12 из них были связаны и избиты."
    assert _read(text) == [("detained", 40, None), ("tortured", 12, 0)]
