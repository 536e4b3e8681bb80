"""Journalists, police, officials, medical staff and troops who arrive, or go along with
someone, come to work: no displacement. The same verbs said of residents, families or persons
with no trade named, and those of any trade forced out, stay displaced. Sentences written
here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "count"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Some 200 journalists arrived in Varne to cover the talks.", "en"),
        ("About 40 police officers arrived at the camp on Monday morning.", "en"),
        ("A team of 15 doctors arrived at the district hospital.", "en"),
        ("Twelve monitors of the mission arrived in Ostrel yesterday.", "en"),
        ("The minister's delegation left Varne on Monday with 12 journalists.", "en"),
        ("В лагерь прибыли 40 сотрудников ООН.", "ru"),
        ("Вчера в Острель приехали 12 журналистов.", "ru"),
        ("На место прибыли около 30 спасателей.", "ru"),
    ],
)
def test_those_who_came_to_work_are_not_displaced(text, language):
    assert _read(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "count"),
    [
        ("Some 1,200 people arrived in Varne from the border villages.", "en", 1200),
        ("About 300 families arrived at the camp on Monday.", "en", 300),
        ("Twelve journalists were forced to leave the country in March.", "en", 12),
        ("В лагерь прибыли 400 беженцев.", "ru", 400),
        ("Из-за угроз 12 журналистов были вынуждены покинуть страну.", "ru", 12),
    ],
)
def test_arrivals_after_a_flight_stay_displaced(text, language, count):
    assert _read(text, language) == [("displaced", count)]
