"""A group the count word names ("the number of children killed", «число погибших детей»,
"həlak olan hərbçilərin sayı") is the group a number after it counts, when the number has
no noun of its own but persons. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The number of journalists detained since May has reached 9.", "en", "journalists"),
        ("Число раненых детей выросло до 9.", "ru", "children"),
        ("Yaralanan uşaqların sayı 9-a çatıb.", "az", "children"),
        ("Şəhid olan hərbçilərin sayı 9 nəfərdir.", "az", "servicemen"),
    ],
)
def test_group_of_the_count_word(text: str, language: str, expected: str) -> None:
    assert [c[1] for c in claim_fields(text, language, FIELDS)] == [expected]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The number of people detained since May has reached 9.", "en"),
        ("Yaralananların sayı 9-a çatıb.", "az"),
    ],
)
def test_near_miss_persons_are_no_group(text: str, language: str) -> None:
    assert [c[1] for c in claim_fields(text, language, FIELDS)] == ["all"]
