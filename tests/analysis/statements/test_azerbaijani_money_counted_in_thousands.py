"""Azerbaijani: a scale word after the digits ("5 min", "2 milyon") is part of the numeral,
not an ending that makes the count a noun phrase by itself, so the word after it is what it
counts: money ("3 milyon manat") is no persons, persons ("7 min sakin") are. A scale with the
possessive ("5 mini uşaqdır") still stands for a part. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_money_in_millions_is_no_persons():
    assert _read("Hücum zamanı 4 milyon manat dəyərində əmlak məhv edilib.") == []


def test_money_in_thousands_given_back_is_no_release():
    assert _read("Şirkət zərərçəkənlərə 8 min manat qaytarıb.") == []


def test_near_miss_persons_in_thousands():
    assert _read("Daşqın zamanı 7 min sakin təxliyə edilib.") == [("displaced", "all", 7000, None)]


def test_near_miss_thousands_of_them_a_part():
    assert _read("Köçkünlərin 3 mini uşaqdır.") == [("displaced", "children", 3000, None)]
