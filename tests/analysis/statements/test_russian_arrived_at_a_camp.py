"""Russian: persons who came to a camp, named or not, are displaced, as those who live in one
are («в лагерь «Северный» прибыли 900 человек»); what else arrives there (lorries) or is
registered there (cases of a disease) is no one. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "count"))


@pytest.mark.parametrize(
    "text",
    [
        "За сутки в лагерь прибыли 900 человек.",
        "За сутки в лагерь «Северный» прибыли 900 человек; лагерь рассчитан на 2 000 мест.",
        "Прибыли в лагерь у границы 900 человек.",
    ],
)
def test_persons_who_came_to_a_camp_are_displaced(text):
    assert figures(text) == [("displaced", 900)]


@pytest.mark.parametrize(
    "text",
    [
        "За сутки в лагерь «Северный» прибыли 9 грузовиков с водой.",
        "В лагере зарегистрированы 9 случаев кори.",
        "Лагерь рассчитан на 2 000 мест.",
    ],
)
def test_what_else_arrives_or_is_registered_is_no_one(text):
    assert figures(text) == []
