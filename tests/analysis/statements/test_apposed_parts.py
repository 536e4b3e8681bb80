"""A part set off by commas after its sentence's subject ("The complainants, twenty of the 60
detainees, say they were beaten") takes the fate its predicate names, not its whole's; a
predicate that only says they are still held, or a part in the middle of a clause, keeps the
whole's. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count", "parent"))


@pytest.mark.parametrize(
    ("predicate", "category"),
    [
        ("told the court that they had been beaten in the yard", "tortured"),
        ("were freed on bail in May", "released"),
    ],
)
def test_an_apposed_part_takes_its_predicates_fate(predicate, category):
    text = (
        f"Police detained 85 students in Orr. The petitioners, 31 of the 85 students, {predicate}."
    )
    assert _read(text) == [("detained", 85, None), (category, 31, 0)]


@pytest.mark.parametrize(
    "text",
    [
        "Police detained 85 students in Orr. The petitioners, 31 of the 85 students, are still held.",
        "Police detained 85 students in Orr on Monday, 31 of them women, and beat them.",
    ],
)
def test_still_held_or_in_the_middle_of_a_clause_keeps_the_wholes_fate(text):
    assert _read(text)[1][::2] == ("detained", 0)
