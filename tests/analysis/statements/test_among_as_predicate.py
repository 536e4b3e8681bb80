"""A part said to be among those a fate befell, as its predicate: "Seven children were among
the dead", «Девять детей были среди погибших», "9 uşaq da ölənlərin arasındadır". It is a
part of the latest figure of that fate, never larger than it; a phrase of whom they are with
("five nurses with a church charity were among the dead") may stand before the copula.
Persons who tell a figure ("three elders told the mission") are no figure. An Azerbaijani
possessor in the genitive before a part's number belongs to the part ("məktəbin 2
müəllimi"). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language", "category"),
    [
        ("The blast killed 31 people. Nine children were among the dead.", "en", "killed"),
        ("At least 31 were wounded; nine children are among the injured.", "en", "injured"),
        ("Взрыв унёс жизни 31 человека. Девять детей были среди погибших.", "ru", "killed"),
        ("Ранены 31 человек, девять детей — среди раненых.", "ru", "injured"),
        ("Partlayış nəticəsində 31 nəfər həlak olub. 9 uşaq da ölənlərin arasındadır.", "az",
         "killed"),
        ("Hücum zamanı 31 nəfər yaralanıb. 9 uşaq yaralananların arasında idi.", "az",
         "injured"),
    ],
)  # fmt: skip
def test_a_part_among_those_counted_before(text, language, category):
    claims = figures(text, language)
    assert claims[-1] == (category, "children", 9, 0)


def test_a_part_larger_than_the_figure_is_none_of_it():
    text = "Hücum zamanı 5 nəfər həlak olub. 9 uşaq da ölənlərin arasındadır."
    assert figures(text, "az")[-1][3] is None


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb killed 19 people at the market. Five nurses with a church charity were "
        "among the dead.",
        "A car bomb killed 19 people at the market. Five nurses of the district hospital were "
        "among the dead.",
    ],
)
def test_a_phrase_of_whom_they_are_with_stands_before_the_copula(text):
    assert figures(text, "en") == [
        ("killed", "all", 19, None),
        ("killed", "medical workers", 5, 0),
    ]


def test_persons_who_tell_the_figure_are_no_part_of_it():
    text = "Raiders burned 40 homes and seized 6 villagers, three elders told the mission."
    assert figures(text, "en") == [
        ("property_destroyed", "homes", 40, None),
        ("captured", "all", 6, None),
    ]


def test_a_figure_told_by_those_it_befell_stays():
    text = "Of the 40 detainees, 17 told monitors they had been beaten."
    assert figures(text, "en") == [("detained", "all", 40, None), ("tortured", "all", 17, 0)]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "Zəlzələdə ən azı 20 nəfər ölüb. Ölənlər arasında 4 qadın və kənd məktəbinin 2 "
            "müəllimi var.",
            [("killed", "women", 4, 0), ("killed", "teachers", 2, 0)],
        ),
        (
            "Zəlzələdə ən azı 20 nəfər ölüb. Ölənlər arasında poliklinikanın 3 tibb bacısı var.",
            [("killed", "medical workers", 3, 0)],
        ),
    ],
)
def test_an_azerbaijani_possessor_before_a_parts_number_belongs_to_it(text, parts):
    assert figures(text, "az") == [("killed", "all", 20, None), *parts]


def test_persons_named_as_held_among_those_beaten_are_beaten():
    text = "Wardens beat 20 inmates. Three detainees were among those beaten."
    assert claim_fields(text, "en", ("category", "count", "parent")) == [
        ("tortured", 20, None),
        ("tortured", 3, 0),
    ]


def test_near_miss_persons_named_as_held_with_another_predicate_are_held():
    text = "Wardens beat 20 inmates. Three detainees were moved to another wing."
    assert claim_fields(text, "en", ("category", "count", "parent")) == [
        ("tortured", 20, None),
        ("detained", 3, None),
    ]
