"""A part taken among a counted whole: "Among the nine wounded were two women", «Среди
девяти раненых были две женщины», "Həlak olan 12 nəfərin arasında dörd uşaq var". The whole
is a figure of its own, and the part is a part of it. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language", "category", "whole", "subgroup", "part"),
    [
        ("Among the nine wounded were two women.", "en", "injured", 9, "women", 2),
        ("Among the 12 dead were four children, the ministry said.", "en", "killed", 12,
         "children", 4),
        ("Среди девяти раненых были две женщины.", "ru", "injured", 9, "women", 2),
        ("Среди 12 погибших оказались четверо детей.", "ru", "killed", 12, "children", 4),
        ("Doqquz yaralının arasında iki qadın var.", "az", "injured", 9, "women", 2),
        ("Həlak olan 12 nəfərin arasında dörd uşaq var.", "az", "killed", 12, "children", 4),
        ("Saxlanılan 40 nəfərin içərisində beş qadın var.", "az", "detained", 40, "women", 5),
    ],
)  # fmt: skip
def test_the_whole_after_among_is_read_with_its_part(
    text, language, category, whole, subgroup, part
):
    assert _read(text, language) == [
        (category, "all", whole, None),
        (category, subgroup, part, 0),
    ]


def test_the_persons_counted_after_a_copula_are_no_object_of_the_act_before_it():
    # "killed … 5 children": the participle names those among whom the five were.
    assert _read("Among those killed were 5 children.", "en") == [("killed", "children", 5, None)]
