"""The predicate of a count after what describes the persons: a participle clause set off by
commas right after them says how they came to be, the predicate after its closing comma what
befell them («одиннадцать жителей, вывезенных в тот день, до сих пор числятся пропавшими»,
"eleven villagers, detained that day, were later killed"); a phrase of whose they are does not
hide that persons charged with an act did it ("four officers of the district police have
been charged with torture"). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language", "category"),
    [
        ("Eleven villagers, detained that day at the checkpoint, were later killed.", "en",
         "killed"),
        ("Eleven prisoners, held for a year in the camp, were released on Monday.", "en",
         "released"),
        ("Одиннадцать жителей села, вывезенных в тот же день, до сих пор числятся пропавшими "
         "без вести.", "ru", "missing"),
        ("Одиннадцать жителей, задержанных у блокпоста, позже были убиты.", "ru", "killed"),
    ],
)  # fmt: skip
def test_the_predicate_after_the_closing_comma_wins(text, language, category):
    assert figures(text, language) == [(category, 11, None)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Из 312 военнослужащих, взятых в плен, к настоящему времени освобождены 198.", "ru"),
        ("Of the 312 soldiers, taken prisoner in the battle, 198 have been freed.", "en"),
    ],
)
def test_the_whole_of_a_part_keeps_its_own_participle(text, language):
    assert figures(text, language) == [("captured", 312, None), ("released", 198, 0)]


@pytest.mark.parametrize(
    "text",
    [
        "Four officers of the district police have been charged with torture.",
        "Five soldiers from the 3rd brigade were convicted of murder.",
    ],
)
def test_persons_charged_after_a_phrase_of_whose_they_are(text):
    assert figures(text, "en") == []


def test_persons_of_a_place_who_were_killed_stay_victims():
    assert figures("Nine residents of the village were killed.", "en") == [("killed", 9, None)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # An adverb before the participle of the description: «…, произвольно задержанных».
        (
            "Аппарат задокументировал случаи 87 человек, произвольно задержанных в 2023 году, "
            "в том числе 12 женщин.",
            "ru",
            [("detained", 87, None), ("detained", 12, 0)],
        ),
        (
            "The Office documented the cases of 87 persons, arbitrarily detained in 2023, "
            "including 12 women.",
            "en",
            [("detained", 87, None), ("detained", 12, 0)],
        ),
        (
            "Одиннадцать жителей, незаконно задержанных у блокпоста, позже были убиты.",
            "ru",
            [("killed", 11, None)],
        ),
        (
            "Eleven villagers, unlawfully detained that day, were later killed.",
            "en",
            [("killed", 11, None)],
        ),
    ],
)
def test_an_adverb_before_the_participle_of_a_description(text, language, expected):
    assert figures(text, language) == expected
