"""Officers in a statement of the police are police officers ("seven of my officers were
hurt", said by a police chief); where an army is named, or the police is not, "officers" is
everyone. Russian and Azerbaijani name the police in the noun itself. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "parent"))


def test_officers_of_the_police_speaking():
    text = (
        "Police Commissioner Hale: 60 people were arrested last night and nine of my officers "
        "were hurt, three of them seriously."
    )
    assert figures(text) == [
        ("detained", "all", 60, None),
        ("injured", "police officers", 9, None),
        ("injured", "police officers", 3, 1),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Nine officers were injured when the convoy was ambushed.",
        "Nine officers were injured when an army convoy was ambushed, police said.",
    ],
)
def test_officers_where_the_police_is_not_alone_are_everyone(text):
    assert figures(text) == [("injured", "all", 9, None)]
