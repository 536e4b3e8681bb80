"""A list of counts between dashes after the counted persons spells out the figure as a
parenthesis does ("nine people — six men and three women — were detained"); a description
between dashes with no count stays a description. Sentences written here."""

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
