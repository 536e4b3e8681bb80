"""«участники митинга», «участники акций», «участники (массовых, публичных) мероприятий» (as
police reports call rallies), in any case and number, are protesters; participants of a
conference are no group. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


def test_participants_of_a_rally_are_protesters():
    text = "Травмы получили 14 участников митинга."
    assert claim_fields(text, "ru", FIELDS) == [("injured", "protesters", 14)]


def test_participants_of_mass_events_are_protesters():
    text = "За медицинской помощью обратились 23 участника массовых мероприятий."
    assert claim_fields(text, "ru", FIELDS) == [("injured", "protesters", 23)]


def test_participants_of_an_event_in_the_singular_are_protesters():
    text = "Лёгкие травмы получили 8 участников мероприятия."
    assert claim_fields(text, "ru", FIELDS) == [("injured", "protesters", 8)]


def test_near_miss_participants_of_a_conference():
    text = "Пострадали 9 участников конференции."
    assert claim_fields(text, "ru", FIELDS) == [("injured", "all", 9)]


def test_participants_of_actions_in_the_plural_are_protesters():
    text = "Не менее 21 участника акций заявили, что их избивали в автобусах."
    assert claim_fields(text, "ru", FIELDS) == [("tortured", "protesters", 21)]


def test_participants_of_public_events_are_protesters():
    text = "В больницы доставлены 17 участников публичных мероприятий."
    assert claim_fields(text, "ru", FIELDS) == [("injured", "protesters", 17)]


def test_none_of_the_participants_of_actions():
    text = "Ни один участник акций протеста не погиб."
    assert claim_fields(text, "ru", FIELDS) == [("killed", "protesters", 0)]


def test_near_miss_participants_of_conferences_in_the_plural():
    text = "Травмы получили 6 участников конференций."
    assert claim_fields(text, "ru", FIELDS) == [("injured", "all", 6)]
