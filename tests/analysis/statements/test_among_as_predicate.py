"""A part said to be among those a fate befell, as its predicate: "Seven children were among
the dead", «Девять детей были среди погибших», "9 uşaq da ölənlərin arasındadır". It is a
part of the latest figure of that fate, never larger than it; a phrase of whom they are with
("two aid workers with the Red Cross were among the dead") may stand before the copula.
Persons who tell a figure ("two officials told reporters") are no figure. An Azerbaijani
possessor in the genitive before a part's number belongs to the part ("briqadasının 1
həkimi"). Sentences written here."""

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
        "Gunmen killed at least 30 people. Two aid workers with the Red Cross were among the "
        "dead, a witness said.",
        "At least 30 people were killed. Two aid workers of the local clinic were among the dead.",
    ],
)
def test_a_phrase_of_whom_they_are_with_stands_before_the_copula(text):
    assert figures(text, "en") == [("killed", "all", 30, None), ("killed", "aid workers", 2, 0)]


def test_persons_who_tell_the_figure_are_no_part_of_it():
    text = "Gunmen killed at least 30 people, abducting 12 women, two officials told reporters."
    assert figures(text, "en") == [("killed", "all", 30, None), ("captured", "women", 12, None)]


def test_a_figure_told_by_those_it_befell_stays():
    text = "Of the 40 detainees, 17 told monitors they had been beaten."
    assert figures(text, "en") == [("detained", "all", 40, None), ("tortured", "all", 17, 0)]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "Ən azı 20 nəfər həlak olub. Həlak olanlar arasında 3 uşaq və təcili yardım "
            "briqadasının 1 həkimi var.",
            [("killed", "children", 3, 0), ("killed", "medical workers", 1, 0)],
        ),
        (
            "Ən azı 20 nəfər həlak olub. Həlak olanlar arasında xəstəxananın 2 həkimi var.",
            [("killed", "medical workers", 2, 0)],
        ),
    ],
)
def test_an_azerbaijani_possessor_before_a_parts_number_belongs_to_it(text, parts):
    assert figures(text, "az") == [("killed", "all", 20, None), *parts]
