"""A part said to be among those a fate befell, as its predicate: "Seven children were among
the dead", «Девять детей были среди погибших», "9 uşaq da ölənlərin arasındadır". It is a
part of the latest figure of that fate, never larger than it. Sentences written here."""

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
