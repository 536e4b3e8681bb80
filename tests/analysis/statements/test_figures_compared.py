"""A figure for another period given for comparison ("up from 1,870 in 2021", «чем в 2021
году (43)», «против 43 в 2022 году», "43 nəfərlə müqayisədə", «тогда как накануне их было
43») is a figure of its own, of the same act and group, no part of the first; a comparison of
things not ours is nothing. Persons counted as such ("190 such persons", «190 таких лиц», "190
belə şəxs") are of the fate of the figure before. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Last year 96 women were detained for protesting, up from 61 in 2022.", "en"),
        ("В прошлом году за протесты задержаны 96 женщин — больше, чем в 2022 году (61).", "ru"),
        ("В прошлом году за протесты задержаны 96 женщин против 61 в 2022 году.", "ru"),
        (
            "Keçən il etiraza görə 96 qadın saxlanılıb, 2022-ci ildəki 61 nəfərlə müqayisədə "
            "bu, xeyli çoxdur.",
            "az",
        ),
    ],
)
def test_the_other_period_is_a_figure_of_its_own(text, language):
    assert _read(text, language) == [
        ("detained", "women", 96, None),
        ("detained", "women", 61, None),
    ]


def test_a_fall_is_compared_too():
    text = "In 2024, 212 people were killed in the region, down from 340 the year before."
    assert _read(text, "en") == [("killed", "all", 212, None), ("killed", "all", 340, None)]


def test_a_comparison_of_things_not_ours_is_nothing():
    text = "The monitors recorded 77 attacks on schools, compared with 52 a year earlier."
    assert _read(text, "en") == []


@pytest.mark.parametrize(
    ("text", "language", "category"),
    [
        ("276 people are missing; a year ago there were 190 such persons.", "en", "missing"),
        (
            "Lawyers recorded 40 cases of torture; there were 12 such cases last year.",
            "en",
            "tortured",
        ),
        (
            "Под стражей находятся 276 человек; год назад называлось 190 таких лиц.",
            "ru",
            "detained",
        ),
        ("276 nəfər itkin düşüb; bir il əvvəl 190 belə şəxs var idi.", "az", "missing"),
    ],
)
def test_persons_counted_as_such_are_of_the_fate_before(text, language, category):
    claims = claim_fields(text, language, ("category", "parent"))
    assert claims == [(category, None), (category, None)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The death toll reached 41, whereas on Sunday it was 29.", "en"),
        ("Число погибших достигло 41, тогда как накануне их было 29.", "ru"),
        ("Число погибших достигло 41, в то время как в воскресенье было 29.", "ru"),
    ],
)
def test_the_other_period_in_a_clause_set_against_the_figure(text, language):
    assert _read(text, language) == [("killed", "all", 41, None), ("killed", "all", 29, None)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("41 people were killed, whereas 29 were injured.", "en"),
        ("Погиб 41 человек, тогда как ранены 29.", "ru"),
    ],
)
def test_a_clause_set_against_it_with_an_act_of_its_own_keeps_its_act(text, language):
    assert _read(text, language) == [("killed", "all", 41, None), ("injured", "all", 29, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The death toll has climbed to 41 from 12 a day earlier.",
            [("killed", "all", 41, None), ("killed", "all", 12, None)],
        ),
        (
            "The toll rose to 41, up from 12 last week.",
            [("killed", "all", 41, None), ("killed", "all", 12, None)],
        ),
        (
            "The number of displaced rose to 4,000 from 1,200 last week.",
            [("displaced", "all", 4000, None), ("displaced", "all", 1200, None)],
        ),
        ("Twelve people were killed, rising to 41 from 3 villages.", [("killed", "all", 12, None)]),
    ],
)
def test_the_count_a_rise_started_from_is_a_figure_of_its_own(text, expected):
    assert _read(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Число погибших выросло до 41 (накануне — 12).", "ru"),
        ("The toll rose to 41 (yesterday: 12).", "en"),
    ],
)
def test_the_day_before_in_a_parenthesis_is_another_period(text, language):
    assert _read(text, language) == [("killed", "all", 41, None), ("killed", "all", 12, None)]


def test_a_parenthesis_with_the_day_before_and_no_number_adds_nothing():
    assert _read("Погиб 41 человек (накануне — в Тертере).", "ru") == [("killed", "all", 41, None)]


@pytest.mark.parametrize(
    "text", ["Ölənlərin sayı 41-ə çatıb (dünən — 12).", "41 nəfər həlak olub (ötən il — 12)."]
)
def test_the_other_period_in_a_parenthesis_after_an_azerbaijani_verb(text):
    assert _read(text, "az") == [("killed", "all", 41, None), ("killed", "all", 12, None)]


def test_a_place_in_the_parenthesis_is_no_other_period():
    assert _read("Tərtərdə 41 nəfər həlak olub (ötən həftə — Bərdədə).", "az") == [
        ("killed", "all", 41, None)
    ]


def test_a_comparison_is_of_the_nearest_whole_before_it():
    # The bodies' earlier count, not the graves'.
    text = (
        "Investigators have opened 9 graves and exhumed the bodies of 70 people, up from 45 in May."
    )
    assert _read(text, "en") == [
        ("burial_sites", "all", 9, None),
        ("found_dead", "all", 70, None),
        ("found_dead", "all", 45, None),
    ]


def test_near_miss_a_part_between_leaves_the_comparison_to_the_whole():
    text = "Last year 96 women, including 12 girls, were detained, up from 61 in 2022."
    assert _read(text, "en")[:2] == [
        ("detained", "women", 96, None),
        ("detained", "women", 61, None),
    ]


def test_near_miss_graves_between_are_where_the_bodies_were():
    text = "Teams have exhumed the bodies of 70 people from two graves, up from 45 in May."
    assert _read(text, "en")[:2] == [
        ("found_dead", "all", 70, None),
        ("found_dead", "all", 45, None),
    ]
