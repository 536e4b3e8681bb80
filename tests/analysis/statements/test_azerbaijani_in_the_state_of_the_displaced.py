"""Persons "in the state of" the displaced are displaced in Azerbaijani ("məcburi köçkün
vəziyyətindədir", "qaçqın vəziyyətində yaşayır"), as those who "are" displaced
("köçkündür") are; a state of anything else ("ağır vəziyyətdədir") is no displacement.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rayonda 2.150 nəfər hələ də məcburi köçkün vəziyyətindədir.", [("displaced", 2150)]),
        ("Kənddən gələn 45 ailə qaçqın vəziyyətində yaşayır.", [("displaced", 45)]),
        ("Binada 3 nəfər çətin vəziyyətdədir.", []),
    ],
)
def test_in_the_state_of_the_displaced(text: str, expected: list[tuple]) -> None:
    assert claim_fields(text, "az", ("category", "count")) == expected
