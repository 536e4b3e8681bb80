""" "About forty men were taken that night": persons "taken" in the passive, with nothing after
but when, were seized (captured); taken to hospital, into custody, ill or out and shot, they
were not, or not only. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "qualifier")


def test_taken_and_when():
    text = "Neighbours say about forty men were taken that night."
    assert claim_fields(text, "en", FIELDS) == [("captured", "men", 40, "about")]


def test_taken_at_the_end_of_the_clause():
    text = "Twelve villagers had been taken, and nobody knows where they are held."
    assert ("captured", "all", 12, "exact") in claim_fields(text, "en", FIELDS)


def test_taken_in_the_night():
    text = "Nine students were taken in the night from the dormitory."
    assert ("captured", "students", 9, "exact") in claim_fields(text, "en", FIELDS)


def test_near_miss_taken_to_hospital():
    text = "Six passengers were taken to hospital."
    assert ("captured", "all", 6, "exact") not in claim_fields(text, "en", FIELDS)


def test_near_miss_taken_ill():
    text = "Two guests were taken ill after the meal."
    assert claim_fields(text, "en", FIELDS) == []


def test_near_miss_samples_taken():
    text = "Samples were taken from 300 relatives."
    assert claim_fields(text, "en", FIELDS) == []


def test_near_miss_taken_in_a_car():
    text = "Four nurses were taken in a car to the clinic."
    assert ("captured", "all", 4, "exact") not in claim_fields(text, "en", FIELDS)
