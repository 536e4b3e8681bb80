"""Persons who turn up in a place of detention ("istintaq təcridxanasında aşkar edilib",
"həbsxanada tapılıb") are held there: detained, a part of the missing or disappeared they
were counted among. Found elsewhere they stay of their whole's fate; remains found in a
prison are found dead. Statements written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_the_disappeared_found_in_pre_trial_detention_are_detained():
    text = (
        "İl ərzində 21 nəfər zorla yoxa çıxarılıb. Onlardan 4-ü bir ay sonra "
        "istintaq təcridxanasında aşkar edilib."
    )
    assert claim_fields(text, "az", FIELDS) == [("disappeared", 21, None), ("detained", 4, 0)]


def test_the_missing_found_in_a_prison():
    text = "Müharibə zamanı 60 nəfər itkin düşüb. Onlardan 7-si sonradan həbsxanada tapılıb."
    assert ("detained", 7, 0) in claim_fields(text, "az", FIELDS)


def test_near_miss_found_in_a_forest_stays_disappeared():
    text = "İl ərzində 21 nəfər zorla yoxa çıxarılıb. Onlardan 4-ü sonradan meşədə tapılıb."
    assert ("detained", 4, 0) not in claim_fields(text, "az", FIELDS)


def test_near_miss_remains_found_in_a_prison_are_found_dead():
    text = "Həbsxananın həyətində 3 nəfərin meyiti tapılıb."
    assert claim_fields(text, "az", FIELDS) == [("found_dead", 3, None)]
