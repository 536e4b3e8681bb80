"""Azerbaijani prosecution statements name the act first and then those a criminal case is
opened against: "işgəncə faktı ilə bağlı 8 polis əməkdaşı barəsində cinayət işi başlanıb"
(a case was opened against 8 police officers over torture). They did the act; it did not
befall them. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count"))


def test_a_case_opened_against_those_who_did_the_act():
    text = "Döyülmə faktları ilə bağlı 4 nəzarətçi haqqında cinayət işi açılıb."
    assert _read(text) == []


def test_near_miss_an_inquiry_into_what_befell_them():
    text = "İşgəncə faktı ilə bağlı 6 məhbus barəsində araşdırma aparılır."
    assert _read(text) == [("tortured", "all", 6)]


def test_near_miss_persons_held_and_charged():
    text = "Aksiyada saxlanılan 12 nəfər barəsində cinayət işi başlanıb."
    assert _read(text) == [("detained", "all", 12)]
