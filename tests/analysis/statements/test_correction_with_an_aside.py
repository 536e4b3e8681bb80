"""A correction whose right figure comes after an aside between commas saying whose figure
it is ("The correct figure, according to the port authority, is 31") replaces the wrong
figure as one without the aside does. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count"))


_WRONG = "A first version of this report said that 45 dockers were injured in the fire. "


@pytest.mark.parametrize(
    "correction",
    [
        "The correct figure, according to the port authority, is 31.",
        "The correct number, the harbour clinic's director says, is 31.",
        "The correct figure is 31.",
    ],
)
def test_the_right_figure_after_an_aside_replaces_the_wrong_one(correction):
    assert figures(_WRONG + correction) == [("injured", "all", 31)]


def test_a_count_of_its_own_after_the_aside_is_no_right_figure():
    text = _WRONG + "The correct figure, according to the port authority, is 31 families."
    assert ("injured", "all", 31) not in figures(text)
