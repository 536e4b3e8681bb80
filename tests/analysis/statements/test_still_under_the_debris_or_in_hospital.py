"""Where persons still are says what befell them: under the debris or the ruins (missing until
found, as under the rubble; so are persons those who search cannot find, «найти пока не
могут»), in hospital in Azerbaijani ("xəstəxanadadır", "xəstəxanada müalicə alır": hurt).
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier")


@pytest.mark.parametrize(
    "text",
    [
        "Up to 90 people may still be trapped under the debris.",
        "Up to 90 people are believed to be under the ruins of the hotel.",
    ],
)
def test_under_the_debris_or_the_ruins_is_missing(text):
    assert claim_fields(text, "en", FIELDS) == [("missing", 90, "at_most")]


def test_near_miss_bodies_pulled_from_under_the_debris_were_found():
    text = "Rescuers pulled nine bodies from under the debris."
    assert claim_fields(text, "en", FIELDS) == [("found_dead", 9, "exact")]


@pytest.mark.parametrize(
    "text",
    [
        "Doqquz nəfər hələ də xəstəxanadadır.",
        "Doqquz nəfər hazırda xəstəxanada müalicə alır.",
    ],
)
def test_azerbaijani_in_hospital_is_hurt(text):
    assert claim_fields(text, "az", FIELDS) == [("injured", 9, "exact")]


def test_near_miss_staff_working_in_a_hospital_are_not_hurt():
    assert claim_fields("Xəstəxanada doqquz həkim çalışır.", "az", FIELDS) == []


def test_russian_still_under_the_debris():
    text = "Под обломками торгового центра могут находиться ещё 7 человек."
    assert claim_fields(text, "ru", FIELDS) == [("missing", 7, "exact")]


def test_russian_dead_under_the_debris_are_dead():
    text = "Под обломками погибли 4 человека."
    assert claim_fields(text, "ru", FIELDS) == [("killed", 4, "exact")]


def test_russian_persons_those_who_search_cannot_find():
    text = "Ещё троих туристов спасатели найти пока не могут."
    assert claim_fields(text, "ru", FIELDS) == [("missing", 3, "exact")]


def test_russian_near_miss_a_thing_they_cannot_find():
    text = "Спасатели не могут найти проход к подвалу, где укрылись 9 человек."
    assert ("missing", 9, "exact") not in claim_fields(text, "ru", FIELDS)


@pytest.mark.parametrize(
    "text",
    [
        "Firefighters were still searching the rubble for up to 7 people, the mayor said.",
        "Neighbours spent the night searching through the debris for up to 7 people.",
        "Crews kept searching the ruins of the old cinema for up to 7 people.",
    ],
)
def test_searched_for_in_the_rubble_is_missing(text):
    assert claim_fields(text, "en", FIELDS) == [("missing", 7, "at_most")]


def test_near_miss_searching_the_rubble_for_hours():
    assert claim_fields("Firefighters searched the rubble for 7 hours.", "en", FIELDS) == []
    assert (
        claim_fields("Crews searched the ruins of the old cinema for 7 hours.", "en", FIELDS) == []
    )
