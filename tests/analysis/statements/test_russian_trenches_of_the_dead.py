"""Russian trenches, ditches and pits where the dead lie are burial sites, counted with their
numeral as graves are («в двух рвах обнаружены останки»); dug for defence or holding mines,
they are no figure. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В трёх рвах у бывшей фермы найдены останки 46 человек.",
            [("burial_sites", "all", 3), ("found_dead", "all", 46)],
        ),
        (
            "За селом были обнаружены две траншеи, где, по данным следствия, лежат останки "
            "около 70 человек.",
            [("burial_sites", "all", 2), ("found_dead", "all", 70)],
        ),
        (
            "В лесу поисковики обнаружили четыре ямы, в которых лежали тела 19 человек.",
            [("burial_sites", "all", 4), ("found_dead", "all", 19)],
        ),
    ],
)
def test_trenches_of_the_dead_are_burial_sites(text, expected):
    assert claim_fields(text, "ru", FIELDS) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Сапёры обнаружили два рва, вырытых для обороны посёлка.",
        "В трёх ямах у дороги были найдены противотанковые мины.",
    ],
)
def test_trenches_of_no_dead_are_no_figure(text):
    assert claim_fields(text, "ru", FIELDS) == []
