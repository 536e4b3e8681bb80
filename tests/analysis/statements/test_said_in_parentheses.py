"""What a parenthesis or an abbreviation says of a count: an estimate after the number or its
noun ("1 275 400 (estimate)", «12 000 человек (оценка)», "8 400 nəfər (təxmini)") is about;
«в т. ч.» is «в том числе», its «ч.» no part of a law; an age limit after a copula
("212 were under eighteen", «из них 40 были младше 18 лет») is an age, not a count.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "qualifier", "parent"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Persons displaced by the floods: 8 400 (estimate)", "en"),
        ("8,400 people (est.) were displaced by the floods.", "en"),
        ("Из-за паводка эвакуированы 8 400 человек (оценка).", "ru"),
        ("Daşqın nəticəsində 8 400 nəfər (təxmini) təxliyə olunub.", "az"),
    ],
)
def test_an_estimate_in_a_parenthesis_is_about(text, language):
    assert _read(text, language) == [("displaced", "all", 8400, "about", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Ранены 40 человек (в т. ч. 9 детей).",
        "Ранены 40 человек, в т.ч. 9 детей.",
    ],
)
def test_the_abbreviated_including_opens_a_part(text):
    assert _read(text, "ru") == [
        ("injured", "all", 40, "exact", None),
        ("injured", "children", 9, "exact", 0),
    ]


def test_a_part_of_a_law_stays_a_reference():
    assert _read("Ему предъявлено обвинение по ч. 2 ст. 105 УК.", "ru") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The police held 600 people; of these, 75 were under sixteen.", "en"),
        ("Полиция задержала 600 человек, из них 75 были младше 16 лет.", "ru"),
    ],
)
def test_an_age_limit_after_a_copula_is_no_count(text, language):
    assert _read(text, language) == [
        ("detained", "all", 600, "exact", None),
        ("detained", "children", 75, "exact", 0),
    ]
