"""Remains "found and identified" («обнаружены и опознаны», "tapılaraq eyniləşdirilib") are
identified: identifying remains finds them first, and the figure says the stronger. Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("In Dorn 75 people disappeared after arrest; the remains of 21 of them were exhumed and "
         "identified in 2019.", "en"),
        ("В Дорне исчезли 75 человек; останки 21 из них обнаружены и опознаны в 2019 году.", "ru"),
        ("Dornda 75 nəfər yoxa çıxıb; onlardan 21 nəfərin qalıqları 2019-cu ildə tapılaraq "
         "eyniləşdirilib.", "az"),
    ],
)  # fmt: skip
def test_remains_found_and_identified_are_identified(text, language):
    assert _read(text, language) == [("disappeared", 75, None), ("identified", 21, 0)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The bodies of 12 men were found in the ravine.", "en"),
        ("В овраге найдены тела 12 мужчин.", "ru"),
    ],
)
def test_found_alone_stays_found(text, language):
    [(category, count, _)] = _read(text, language)
    assert (category, count) == ("found_dead", 12)
