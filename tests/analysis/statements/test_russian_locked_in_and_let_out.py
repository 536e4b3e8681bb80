"""Russian: persons locked in («заперли в клубе 80 жителей», «были заперты 30 человек») are
held, and those let out of where they were held («утром выпустили 30 из них») released; a door
locked, or rockets fired, are no one. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_locked_in_then_some_let_out():
    text = "Солдаты заперли в клубе 80 жителей. Утром выпустили 30 из них."
    assert claim_fields(text, "ru", FIELDS) == [("detained", 80, None), ("released", 30, 0)]


def test_locked_in_in_the_passive():
    text = "В подвале были заперты 30 человек."
    assert claim_fields(text, "ru", FIELDS) == [("detained", 30, None)]


def test_near_miss_a_door_locked():
    text = "Охранник запер дверь на ключ в 22 часа."
    assert claim_fields(text, "ru", FIELDS) == []


def test_near_miss_rockets_fired():
    text = "Боевики выпустили по городу 40 ракет."
    assert claim_fields(text, "ru", FIELDS) == []
