"""Persons who "left" are displaced when where they lived is named after the verb: a place by
name, or a village, town, quarter, camp or country; not when "left" names no such place
("were left behind", "left the hospital", "the raid left 4 dead"). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier"))


def test_villagers_who_left_a_place_by_name():
    text = "After the raid, some 450 villagers left Ostrava Dolna within a week."
    assert _read(text) == [("displaced", "all", 450, "about")]


def test_people_who_left_a_quarter():
    text = "Local officials say 2,300 people have left the old quarter since the shelling began."
    assert _read(text) == [("displaced", "all", 2300, "exact")]


def test_near_miss_left_the_hospital_is_no_flight():
    text = "By Friday 14 patients had left the hospital."
    assert _read(text) == []


def test_near_miss_left_behind_is_no_flight():
    text = "Some 30 elderly residents were left behind in the village."
    assert _read(text) == []


def test_near_miss_a_town_left_without_water_is_no_flight():
    text = "The shelling left Osk without water, and 12 people were killed."
    assert _read(text) == [("killed", "all", 12, "exact")]


def test_people_who_have_left_since_a_time():
    text = "The mayor says some 9,000 inhabitants have left since the dam was hit."
    assert _read(text) == [("displaced", "all", 9000, "about")]


def test_near_miss_left_alone_names_no_flight():
    text = "The mayor says some 9,000 inhabitants have left."
    assert _read(text) == []


def _read_ru(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "subgroup", "count", "qualifier"))


def test_russian_a_pronoun_for_the_town_named_before():
    text = "В посёлке до войны жили 9 тысяч человек; за год его покинули около 4 тысяч жителей."
    assert _read_ru(text) == [("displaced", "all", 4000, "about")]


def test_russian_near_miss_a_pronoun_for_no_place_of_living():
    text = "Митинг длился два часа; его покинули 40 участников."
    assert _read_ru(text) == []
