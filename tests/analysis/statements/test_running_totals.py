"""A running total said after a day's figure ("bringing the cumulative toll to 2,310",
"cumulative 4,870", "(cumulative 96)") counts the same act and group since the start: a figure of
its own, no part of the day's, and a later "Of the cumulative deaths" names it as a whole. So is
a total in a clause of its own ("for a total of 341", «всего с начала года — 341», "ümumilikdə
341 nəfər"). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize(
    "text",
    [
        "Twelve people were killed overnight, bringing the cumulative toll to 2,310.",
        "12 people were killed on Monday, bringing the total since May to 2,310.",
        "Deaths: 12 people killed in the last day; cumulative 2,310.",
        "Deaths: 12 people killed in the last day (cumulative 2,310).",
    ],
)
def test_the_running_total_is_a_figure_of_its_own(text):
    assert _read(text) == [("killed", "all", 12, None), ("killed", "all", 2310, None)]


def test_a_running_total_keeps_the_group_of_the_days_figure():
    text = "- Teachers: 2 injured in the last day (cumulative 58)."
    assert _read(text) == [("injured", "teachers", 2, None), ("injured", "teachers", 58, None)]


def test_the_running_total_is_named_again_by_its_fate():
    text = (
        "- Deaths: 9 people killed in the last day, bringing the toll to 1,450.\n"
        "- Injuries: 30 in the last day; cumulative 3,900.\n"
        "- Of the cumulative deaths, 310 are children."
    )
    assert _read(text) == [
        ("killed", "all", 9, None),
        ("killed", "all", 1450, None),
        ("injured", "all", 30, None),
        ("injured", "all", 3900, None),
        ("killed", "children", 310, 1),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Five people were killed, bringing the number of shelters to 40.",
        "Five people were killed, raising the number of open shelters to 40.",
    ],
)
def test_a_number_after_other_words_is_no_running_total(text):
    assert _read(text) == [("killed", "all", 5, None)]


@pytest.mark.parametrize(
    ("text", "language", "category"),
    [
        (
            "Three people were killed over the past day, for a total of 341 since January.",
            "en",
            "killed",
        ),
        ("За сутки погибли 3 человека, всего с начала года — 341.", "ru", "killed"),
        ("За сутки ранены 3 человека (всего с начала года — 341).", "ru", "injured"),
        (
            "Son sutkada 3 nəfər həlak olub, ilin əvvəlindən bəri isə ümumilikdə 341 nəfər.",
            "az",
            "killed",
        ),
        ("Son sutka ərzində 3 nəfər yaralanıb, ümumi say 341-ə çatıb.", "az", "injured"),
    ],
)
def test_a_total_in_a_clause_of_its_own_is_the_running_total(text, language, category):
    assert claim_fields(text, language, ("category", "subgroup", "count", "parent")) == [
        (category, "all", 3, None),
        (category, "all", 341, None),
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Twelve people were killed, and the total number of injured stands at 40.",
            "en",
            [("killed", 12), ("injured", 40)],
        ),
        ("За сутки погибли 3 человека, всего было выпущено 40 снарядов.", "ru", [("killed", 3)]),
        (
            "Son sutkada 3 nəfər həlak olub, ümumilikdə 12 nəfər yaralanıb.",
            "az",
            [("killed", 3), ("injured", 12)],
        ),
    ],
)
def test_a_total_of_another_act_or_thing_is_no_running_total(text, language, expected):
    assert claim_fields(text, language, ("category", "count")) == expected


@pytest.mark.parametrize(
    ("text", "language", "category"),
    [
        ("Five more bodies were exhumed on Friday and the total reached 63.", "en", "found_dead"),
        ("В пятницу эксгумированы ещё пять тел, и общее число достигло 63.", "ru", "found_dead"),
        ("Cümə günü daha beş cəsəd çıxarılıb və ümumi say 63-ə çatıb.", "az", "found_dead"),
    ],
)
def test_a_total_in_a_clause_opened_by_and(text, language, category):
    assert claim_fields(text, language, ("category", "count", "parent")) == [
        (category, 5, None),
        (category, 63, None),
    ]


def test_and_before_a_total_of_another_act_is_its_own_figure():
    text = "Daha iki nəfər həlak olub və ümumilikdə 15 nəfər yaralanıb."
    assert claim_fields(text, "az", ("category", "count")) == [("killed", 2), ("injured", 15)]


@pytest.mark.parametrize(
    "text",
    [
        "About 90 families left the camp, some 420 people in all.",
        "About 90 families left the camp, some 420 people in total.",
    ],
)
def test_a_total_in_all_after_the_figure_counts_its_own_persons(text):
    assert claim_fields(text, "en", ("category", "subgroup", "count", "parent")) == [
        ("displaced", "families", 90, None),
        ("displaced", "all", 420, None),
    ]


def test_an_azerbaijani_total_of_persons_after_families_counts_persons():
    text = "Təxminən 90 ailə evlərini tərk edib, ümumilikdə 420 nəfər."
    assert claim_fields(text, "az", ("category", "subgroup", "count")) == [
        ("displaced", "families", 90),
        ("displaced", "all", 420),
    ]
