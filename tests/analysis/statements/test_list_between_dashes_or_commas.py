"""A list of counts between dashes or commas after the counted persons spells out the figure
as a parenthesis does ("nine people — six men and three women — were detained", "nine people,
six men and three women, were detained"); a description between dashes with no count stays a
description, and counts after a comma that follows the figure's own verb are counts apart.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Nine people — six men and three women — were detained at the border.", "en"),
        ("Nine people – six men and three women – were detained at the border.", "en"),
        ("Девять человек — шестеро мужчин и три женщины — задержаны на границе.", "ru"),
        ("Doqquz nəfər — altı kişi və üç qadın — sərhəddə saxlanılıb.", "az"),
    ],
)
def test_a_list_between_dashes_spells_out_the_figure(text, language):
    assert _read(text, language) == [
        ("detained", "all", 9, None),
        ("detained", "men", 6, 0),
        ("detained", "women", 3, 0),
    ]


def test_a_description_between_dashes_is_no_list():
    text = "Nine people — most of them farmers — were detained at the border."
    assert _read(text, "en") == [("detained", "all", 9, None)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Nine people, six men and three women, were detained at the border.", "en"),
        ("Девять человек, шестеро мужчин и три женщины, задержаны на границе.", "ru"),
        ("Doqquz nəfər, altı kişi və üç qadın, sərhəddə saxlanılıb.", "az"),
    ],
)
def test_a_list_between_commas_before_the_verb_spells_out_the_figure(text, language):
    assert _read(text, language) == [
        ("detained", "all", 9, None),
        ("detained", "men", 6, 0),
        ("detained", "women", 3, 0),
    ]


def test_counts_after_the_figures_verb_are_counts_apart():
    text = "Nine people were killed, six men and three women were injured."
    assert _read(text, "en") == [
        ("killed", "all", 9, None),
        ("injured", "men", 6, None),
        ("injured", "women", 3, None),
    ]
