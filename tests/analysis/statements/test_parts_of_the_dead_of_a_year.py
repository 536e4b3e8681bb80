"""A part taken "of the" persons of a year named before ("in 2022 … 9 of the 2022 dead were
women") is a part of the latest figure of that fate, and the group after its copula is its
subgroup, as without the year. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    "text",
    [
        "In 2022 the floods and the shelling killed 40 people; 9 of the 2022 dead were women.",
        "In 2022 the floods and the shelling killed 40 people; 9 of the dead were women.",
    ],
)
def test_a_part_of_the_dead_of_a_year(text):
    assert claim_fields(text, "en", FIELDS) == [
        ("killed", "all", 40, None),
        ("killed", "women", 9, 0),
    ]
