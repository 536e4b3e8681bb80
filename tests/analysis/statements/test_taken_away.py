"""Persons taken away, counted by the noun of their group ("eleven men", «пятерых мужчин»,
"17 kişini"), or by a count set beside the group ("all the men, eleven of them"); those who
came back of them, and the rest never seen again. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

from rightsledger.analysis.statements import read_statement


def figures(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("At the checkpoint soldiers took away eleven men.", "en"),
        ("На блокпосту военные забрали одиннадцать мужчин.", "ru"),
        ("Postda hərbçilər 11 kişini apardılar.", "az"),
    ],
)
def test_men_taken_away_were_captured(text, language):
    assert figures(text, language) == [("captured", "men", 11, None)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("They separated all the men, eleven of them, and drove them away.", "en"),
        ("Они отделили всех мужчин, одиннадцать человек, и увезли их.", "ru"),
    ],
)
def test_a_count_beside_a_group_counts_that_group(text, language):
    assert figures(text, language) == [("captured", "men", 11, None)]


def test_a_count_with_its_own_noun_keeps_its_parts():
    assert figures("Police detained 12 women, five of them students.", "en") == [
        ("detained", "women", 12, None),
        ("detained", "students", 5, 0),
    ]


def test_things_driven_off_are_no_figure():
    assert read_statement("Угнаны 12 автомобилей.", "ru").claims == ()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Soldiers took away eleven men. Seven of them came back a week later. Nobody has "
            "heard anything from the other four.",
            "en",
        ),
        (
            "Военные забрали одиннадцать мужчин. Через неделю вернулись семеро. Остальных "
            "четверых мы больше не видели.",
            "ru",
        ),
    ],
)
def test_those_who_came_back_and_the_rest_are_parts(text, language):
    assert figures(text, language) == [
        ("captured", "men", 11, None),
        ("released", "men", 7, 0),
        ("missing", "men", 4, 0),
    ]


def test_came_back_in_azerbaijani_is_released_of_the_taken_only():
    text = "Hərbçilər 11 kişini apardılar. İki həftə sonra onlardan yeddisi geri qayıtdı."
    assert figures(text, "az") == [("captured", "men", 11, None), ("released", "men", 7, 0)]
    assert read_statement("Müharibədən sonra 300 ailə kəndə geri qayıdıb.", "az").claims == ()


def test_other_without_the_is_more_persons_not_the_rest():
    text = "Police detained 30 people; 41 other people were injured."
    assert figures(text, "en") == [("detained", "all", 30, None), ("injured", "all", 41, None)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Боевики забрали 40 мужчин, их судьба неизвестна.", "ru"),
        ("Gunmen seized 40 men; their fate is unknown.", "en"),
    ],
)
def test_the_taken_whose_fate_is_unknown_are_missing(text, language):
    assert figures(text, language) == [("missing", "men", 40, None)]


@pytest.mark.parametrize(
    "text",
    [
        "At dawn the patrol took some thirty men from the market square.",
        "The raiders took 30 men with them.",
    ],
)
def test_persons_taken_from_a_place_or_along_were_captured(text):
    assert [c[:3] for c in figures(text, "en")] == [("captured", "men", 30)]


def test_things_and_time_taken_are_no_figure():
    text = "The inspectors took 25 samples from the well; the work took 6 hours from dawn."
    assert figures(text, "en") == []


def test_persons_driven_to_hospital_are_hurt():
    assert figures("В больницу увезли 12 человек.", "ru") == [("injured", "all", 12, None)]
    assert figures("12 человек увезли в районную больницу.", "ru") == [("injured", "all", 12, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Villagers say about 40 men were taken away in trucks.",
        "Witnesses saw at least 6 villagers shot and about 40 men taken away in trucks.",
    ],
)
def test_men_taken_away_in_trucks_were_captured(text):
    assert figures(text, "en")[-1] == ("captured", "men", 40, None)


def test_near_miss_taken_away_by_ambulance_is_no_capture():
    assert figures("Twelve people were taken away by ambulance.", "en") == []
