"""«ещё 19 тел поступили в бюро экспертизы»: bodies received wherever they are examined were
found dead; persons admitted somewhere are counted by the place's own phrase. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "subgroup", "count", "parent"))


def test_bodies_received_by_a_bureau():
    assert _read("За неделю в лабораторию поступило 19 тел.") == [("found_dead", "all", 19, None)]


def test_calls_received_are_no_one():
    assert _read("На горячую линию поступило 340 звонков.") == []


def test_persons_admitted_to_hospital_stay_injured():
    assert _read("В городскую больницу поступили 7 человек.") == [("injured", "all", 7, None)]
