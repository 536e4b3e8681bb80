"""Persons left without a home are displaced, with the count inside the phrase ("leaving 250
people homeless") or before "without shelter", past an aside on who they are. Persons left
without something other than a roof ("without water") are not. Sentences written here."""

from __future__ import annotations

import pytest

from rightsledger.analysis.statements import read_statement


def _read(text: str) -> list[tuple[str, int | None]]:
    return [(c.category, c.count) for c in read_statement(text, "en").claims]


@pytest.mark.parametrize(
    "text",
    [
        "The storm of shelling left 250 people homeless.",
        "Demolition crews tore down the block, leaving 250 residents homeless.",
        "Demolition crews tore down the block, leaving 250 residents, most of them elderly, "
        "without shelter.",
    ],
)
def test_persons_left_without_a_home_are_displaced(text):
    assert _read(text) == [("displaced", 250)]


def test_persons_left_without_water_are_not():
    assert _read("The strike on the pumping station left 250 residents without water.") == []
