"""An hour of the day is no count ("6 a.m.", "9 pm", "six o'clock", «в 6 утра»). Sentences
written here."""

from __future__ import annotations

import pytest

from rightsledger.analysis.statements import read_statement


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police arrested the blogger at his home at 6 a.m. on 5 May.", "en"),
        ("Police arrested the blogger at 9 pm.", "en"),
        ("Police arrested the blogger at 6 o'clock.", "en"),
        ("Полиция задержала блогера в 6 утра.", "ru"),
    ],
)
def test_an_hour_is_no_count(text, language):
    assert read_statement(text, language).claims == ()


def test_a_count_beside_an_hour_stays():
    claims = read_statement("At 9 pm police detained 12 people.", "en").claims
    assert [(c.category, c.count) for c in claims] == [("detained", 12)]
