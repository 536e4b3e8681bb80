"""A degree of harm counted by the noun of one of the hurt figures before it («23 сотрудника
полиции и 14 участников митинга получили травмы; трое сотрудников госпитализированы») is a
part of that figure, and of its group; with no noun it stays a part of the latest hurt.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Травмы получили 31 сотрудник полиции и 12 участников пикета; пятеро сотрудников "
         "госпитализированы.", "ru"),
        ("31 police officers and 12 protesters were hurt; five officers were hospitalised.",
         "en"),
    ],
)  # fmt: skip
def test_the_part_takes_the_hurt_its_noun_names(text, language):
    assert figures(text, language)[2] == ("injured", "police officers", 5, 0)


def test_near_miss_a_degree_with_no_noun_is_of_the_latest_hurt():
    text = "Травмы получили 31 сотрудник полиции и 12 участников пикета; пятеро госпитализированы."
    assert figures(text, "ru")[2] == ("injured", "protesters", 5, 1)
