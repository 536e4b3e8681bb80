"""A toll of bodies ("the number of bodies recovered", «число найденных тел») counts persons
found dead, and a number the text brings it to is that toll: "…, taking the number of bodies
recovered to 70", «общее число найденных тел достигло 70». Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Divers found 9 more bodies, taking the number of bodies recovered to 57.", "en"),
        ("Divers found 9 more bodies, bringing the number of bodies recovered to 57.", "en"),
        ("Водолазы нашли ещё 9 тел, общее число найденных тел достигло 57.", "ru"),
    ],
)
def test_a_number_the_toll_of_bodies_is_brought_to(text, language):
    assert _read(text, language) == [
        ("found_dead", "all", 9, None),
        ("found_dead", "all", 57, None),
    ]


def test_a_number_of_things_brought_to_a_number_is_no_toll():
    text = "Volunteers found 9 more bodies, bringing the number of shelters to 57."
    assert _read(text, "en") == [("found_dead", "all", 9, None)]
