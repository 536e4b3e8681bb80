"""Azerbaijani names persons interviewed by a relative clause before their count: "müsahibə
apardığı 70 məhbus" (the 70 prisoners it interviewed), "görüşdüyü 30 saxlanılan". They are
no figure, as "70 məhbusla müsahibə aparıb" is not; what some of them told stands alone, and
a later part of those arrested is of the arrests counted before the talk. Persons the police
arrested ("həbs etdiyi 94 məhbus") are a figure. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_prisoners_interviewed_are_no_whole():
    text = "Təşkilatın müsahibə apardığı 70 məhbusdan 33-ü döyüldüyünü bildirib."
    assert claim_fields(text, "az", FIELDS) == [("tortured", 33, None)]


def test_detainees_met():
    text = "Nümayəndə heyətinin görüşdüyü 30 saxlanılan şəxsdən 8-i işgəncədən şikayət edib."
    assert claim_fields(text, "az", FIELDS) == [("tortured", 8, None)]


def test_later_part_of_the_arrested_is_of_the_arrests():
    text = (
        "Ötən il ən azı 200 nəfər həbs olunub. Təşkilatın müsahibə apardığı 70 məhbusdan "
        "33-ü döyüldüyünü bildirib. Həbs olunanlardan 12-si azadlığa buraxılıb."
    )
    assert claim_fields(text, "az", FIELDS) == [
        ("detained", 200, None),
        ("tortured", 33, None),
        ("released", 12, 0),
    ]


def test_prisoners_arrested_by_the_police_are_a_figure():
    # Near miss: a relative clause of the act, not of a talk.
    text = "Polisin həbs etdiyi 94 məhbusdan 51-i döyülüb."
    assert claim_fields(text, "az", FIELDS) == [("detained", 94, None), ("tortured", 51, 0)]
