"""None of a group named with its owner's possessive ("none of its journalists", "none of
their teachers") counts none of that group, as "none of the journalists" does; a possessive
before a word that names no group leaves the zero everyone's. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The paper said none of its reporters had been detained.", ("detained", "journalists", 0)),
        ("The school said none of their teachers were hurt.", ("injured", "teachers", 0)),
    ],
)
def test_none_of_a_group_with_its_owner(text, expected):
    assert figures(text) == [expected]


def test_none_of_an_owners_members_stays_everyones():
    assert figures("The club said none of its members had been detained.") == [
        ("detained", "all", 0),
    ]
