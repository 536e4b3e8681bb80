"""An hour of the day is no count ("6 a.m.", "9 pm", "7am", "six o'clock", «в 6 утра», "shortly after
six this morning", "until ten at night"); a count beside an hour, or before a part of the day
("police detained 15 this morning"), stays. Sentences written here."""

from __future__ import annotations

import pytest

from rightsledger.analysis.statements import read_statement


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police arrested the blogger at his home at 6 a.m. on 5 May.", "en"),
        ("Police arrested the blogger at 9 pm.", "en"),
        ("Police arrested the blogger at 6 o'clock.", "en"),
        ("Police arrested the blogger shortly after 7am.", "en"),
        ("Police arrested the blogger at 11p.m. on Friday.", "en"),
        ("Полиция задержала блогера в 6 утра.", "ru"),
    ],
)
def test_an_hour_is_no_count(text, language):
    assert read_statement(text, language).claims == ()


@pytest.mark.parametrize(
    "text", ["At 9 pm police detained 12 people.", "At 5pm police detained 12 people."]
)
def test_a_count_beside_an_hour_stays(text):
    claims = read_statement(text, "en").claims
    assert [(c.category, c.count) for c in claims] == [("detained", 12)]


@pytest.mark.parametrize(
    "text",
    [
        "Nine people were wounded when the depot was hit shortly after six this morning.",
        "Nine people were wounded in shelling that went on until ten at night.",
    ],
)
def test_an_hour_before_a_part_of_the_day_is_no_count(text):
    claims = read_statement(text, "en").claims
    assert [(c.category, c.count) for c in claims] == [("injured", 9)]


def test_a_count_before_a_part_of_the_day_stays():
    claims = read_statement("Police in Orsk detained 15 this morning.", "en").claims
    assert [(c.category, c.count) for c in claims] == [("detained", 15)]
