"""How many in each day or week is a rate, no count of persons: "1,200 to 1,500 people a day",
«по 300 человек в сутки», "gündə 300 nəfər"; "killed a day later" is a count. So is a mean, or
a time of each anywhere in the count's clause: "On average, 5 people were killed a day",
«В среднем в день погибали 5 человек», "Gündə orta hesabla 5 nəfər öldürülüb"; one day named
("in a single day", «в день выборов», "son gündə") is no rate. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "count"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Families kept fleeing the valley at some 400 to 600 people a day.", "en"),
        ("Through March, 250 people per day fled across the river.", "en"),
        ("Из долины бежали по 300 человек в сутки.", "ru"),
        ("Vadidən gündə 300 nəfər qaçıb.", "az"),
    ],
)
def test_a_rate_is_no_count(text, language):
    assert _read(text, language) == []


@pytest.mark.parametrize(
    "text",
    ["Four people were killed a day later.", "Four people were killed a week ago."],
)
def test_a_day_after_the_verb_is_no_rate(text):
    assert _read(text, "en") == [("killed", 4)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The field hospital admits 20 to 25 wounded a day.", "en"),
        ("Полевой госпиталь принимает по 20—25 раненых в сутки.", "ru"),
    ],
)
def test_a_rate_after_the_word_of_the_act_is_no_count(text, language):
    assert claim_fields(text, language, ("category", "count")) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("On average, 7 people were killed a day in the city.", "en"),
        ("The raids killed an average of 11 civilians per week.", "en"),
        ("Nine people were wounded every day during the blockade.", "en"),
        ("В среднем в день погибали 7 человек.", "ru"),
        ("Ежедневно гибли в среднем девять мирных жителей.", "ru"),
        ("Каждый день ранения получали 11 человек.", "ru"),
        ("Gündə orta hesabla 7 nəfər öldürülüb.", "az"),
        ("Hər gün 9 mülki şəxs yaralanırdı.", "az"),
    ],
)
def test_a_mean_or_a_time_of_each_in_the_clause_is_no_count(text, language):
    assert _read(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("In May, 210 people were killed, an average of seven a day.", "en", [("killed", 210)]),
        ("Twelve people were killed in a single day.", "en", [("killed", 12)]),
        # A bare count before "in a week" (the word that a rate's act would fill).
        ("The number of refugees rose to 6,400 in a week.", "en", [("displaced", 6400)]),
        ("A day after the strike, 12 people were found dead.", "en", [("found_dead", 12)]),
        ("В мае погибли 210 человек, в среднем по семь в день.", "ru", [("killed", 210)]),
        ("В день выборов погибли 12 человек.", "ru", [("killed", 12)]),
        ("May ayında 210 nəfər öldürülüb, gündə orta hesabla 7 nəfər.", "az", [("killed", 210)]),
        ("Son gündə 12 nəfər həlak olub.", "az", [("killed", 12)]),
    ],
)
def test_the_total_beside_a_mean_and_one_day_named_are_counts(text, language, expected):
    assert _read(text, language) == expected
