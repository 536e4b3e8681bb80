""" "All of them men between the ages of 16 and 70": a group said of all the persons counted,
then their ages, is still their subgroup (a word of age after the group's noun makes no
compound of it). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    "text",
    [
        "Troops detained 25 villagers to the depot, all of them women between the ages of 20 and 60.",
        "Troops detained 25 villagers to the depot, all of them women aged 20 to 60.",
        "Troops detained 25 villagers to the depot, all of them women over sixty.",
    ],
)
def test_the_group_is_the_subgroup(text):
    assert claim_fields(text, "en", ("subgroup", "count")) == [("women", 25)]
