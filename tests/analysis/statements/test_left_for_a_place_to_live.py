"""Persons who "left for" a place where people live (villages, towns, camps, other countries)
went to live elsewhere: they are displaced. A place by name alone may be a trip's end, someone's
home a visit, and work or a hospital no flight. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


@pytest.mark.parametrize(
    "text",
    [
        "About 900 villagers have left for the towns of the plain since the dam burst.",
        "Some 2,000 residents left for neighbouring countries in March.",
        "Over 350 families left for the camps near Ostra.",
    ],
)
def test_left_for_a_place_to_live(text):
    found = claim_fields(text, "en", FIELDS)
    assert [f[0] for f in found] == ["displaced"]


@pytest.mark.parametrize(
    "text",
    [
        "Eight delegates left for Vienna on Monday.",
        "All 40 workers left for work at dawn.",
        "Twelve patients left for the hospital by bus.",
        "Around twenty families — we left for my uncle's village.",
    ],
)
def test_near_miss_left_for_no_place_to_live(text):
    assert not [f for f in claim_fields(text, "en", FIELDS) if f[0] == "displaced"]
