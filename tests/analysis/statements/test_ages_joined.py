"""Ages joined after "aged" ("two boys aged 14 and 17", "aged 15, 16 or 17") are ages, every
one of them; a number joined with a noun of its own still counts. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def counts(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count"))


@pytest.mark.parametrize(
    "text",
    [
        "Troops detained nine villagers, among them two boys aged 14 and 17.",
        "Troops detained nine villagers, including two boys aged 14, 15 or 17.",
    ],
)
def test_ages_joined_after_aged_are_ages(text):
    # Listed after "among them", the second age was read as a second part.
    assert counts(text, "en") == [("detained", "all", 9), ("detained", "boys", 2)]


def test_a_joined_number_with_a_noun_of_its_own_counts():
    text = "The strike killed a man aged 62 and 4 children."
    assert counts(text, "en") == [("killed", "children", 4)]
