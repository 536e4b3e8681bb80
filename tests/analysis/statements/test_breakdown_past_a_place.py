"""A place or a time between a figure and the colon or dash of its breakdown leaves the list
after it the figure's parts. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "category", "total", "parts"),
    [
        (
            "Mortar fire killed 23 people across the Brisk valley on 4–6 June: 15 civilians "
            "and 8 soldiers.",
            "killed",
            23,
            [("civilians", 15), ("servicemen", 8)],
        ),
        (
            "Searchers uncovered 30 bodies near the old ferry landing: 18 men, 9 women and "
            "3 children.",
            "found_dead",
            30,
            [("men", 18), ("women", 9), ("children", 3)],
        ),
        (
            "The raid on Hollin left 9 people dead in the market on Sunday – 6 men and 3 women.",
            "killed",
            9,
            [("men", 6), ("women", 3)],
        ),
    ],
)
def test_list_past_a_place_or_time_is_the_figures_parts(text, category, total, parts):
    expected = [(category, "all", total, None)]
    expected += [(category, subgroup, count, 0) for subgroup, count in parts]
    assert _read(text) == expected
