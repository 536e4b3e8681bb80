"""Remains said to belong to a count of persons ("the remains exhumed so far belong to at
least 52 individuals", «останки принадлежат не менее чем 52 лицам", "qalıqlar 52 nəfərə
məxsusdur") count bodies found, and a list after a colon spells them out. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


def test_english_remains_belong_to():
    text = "The bones recovered from the well belong to 17 people; 12 are male and 5 female."
    assert _read(text, "en") == [
        ("found_dead", "all", 17, None),
        ("found_dead", "men", 12, 0),
        ("found_dead", "women", 5, 0),
    ]


def test_russian_remains_belong_to():
    text = "Найденные в колодце останки принадлежат 17 людям: 12 мужчинам и 5 женщинам."
    assert _read(text, "ru")[0] == ("found_dead", "all", 17, None)


def test_azerbaijani_list_after_the_predicate_of_belonging():
    text = "Quyudan çıxarılan qalıqlar 17 nəfərə məxsusdur: 12 kişi, 5 qadın."
    assert _read(text, "az") == [
        ("found_dead", "all", 17, None),
        ("found_dead", "men", 12, 0),
        ("found_dead", "women", 5, 0),
    ]


def test_near_miss_land_belonging_to_families():
    assert _read("The land belongs to 17 families from the village.", "en") == []
