"""A Russian relative clause between commas opened by a preposition and «котор…» («у
которых», «для которых») that names no act only describes the persons counted: the verb after
it is theirs. A part's «из которых» is no such clause. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_verb_after_a_clause_opened_by_u():
    text = "Восемь заключённых, у которых закончился срок наказания, были отпущены вчера."
    assert claim_fields(text, "ru", FIELDS) == [("released", 8, None)]


def test_verb_after_a_clause_opened_by_dlya():
    text = "Пятнадцать жителей, для которых не нашлось места в автобусах, погибли при обстреле."
    assert claim_fields(text, "ru", FIELDS) == [("killed", 15, None)]


def test_near_miss_a_part_after_iz_kotoryh():
    text = "Задержаны 30 человек, из которых 9 были отпущены."
    assert claim_fields(text, "ru", FIELDS) == [("detained", 30, None), ("released", 9, 0)]
