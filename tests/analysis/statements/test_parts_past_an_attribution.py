"""A part's own verb past an attribution between commas that names its sources, whatever
befell them (", по словам освобождённых и их адвокатов,", ", according to released detainees
and their lawyers,"), and a vague part that took "of" into its word ("Dozens of them").
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "count", "qualifier", "parent"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police detained 50 people. Nine of them, according to released detainees and their "
         "lawyers, were tortured.", "en"),
        ("Полиция задержала 50 человек. Девять из них, по словам освобождённых и их адвокатов, "
         "подвергались пыткам.", "ru"),
    ],
)  # fmt: skip
def test_the_parts_verb_past_an_attribution_naming_released_sources(text, language):
    assert figures(text, language) == [("detained", 50, "exact", None), ("tortured", 9, "exact", 0)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Troops detained hundreds of residents. Dozens of them were beaten.", "en"),
        ("Военные задержали сотни жителей. Десятки из них были избиты.", "ru"),
    ],
)
def test_a_vague_part_of_them(text, language):
    assert figures(text, language) == [
        ("detained", None, "vague", None),
        ("tortured", None, "vague", 0),
    ]


def test_a_hyphened_word_in_the_attribution_is_one_word():
    # «пресс-службы» is one word of the aside, so the attribution stays short enough to cross.
    text = "Пятеро пожарных, по данным пресс-службы областного МЧС, получили ожоги."
    assert figures(text, "ru") == [("injured", 5, "exact", None)]


def test_near_miss_a_dash_between_spaces_is_no_hyphened_word():
    # A dash with spaces around it is no hyphen inside a word: the aside ends at it, and the
    # verb past it is not reached (as before the rule).
    text = "Пятеро пожарных, по данным МЧС - без подтверждения, получили ожоги."
    assert figures(text, "ru") == []
