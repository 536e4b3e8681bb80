"""Persons lost are persons killed, as a town, a family or a parent mourns them; of persons
only, and losing contact with persons is no fate. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

from rightsledger.analysis.statements import read_statement


def figures(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dunmore has lost 27 of its residents to the air raids.", [("killed", "all", 27)]),
        ("A widow in Karst lost two children when the bridge fell.", [("killed", "children", 2)]),
        ("The regiment lost 140 soldiers near the ford.", [("killed", "servicemen", 140)]),
    ],
)
def test_persons_lost_are_killed(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The convoy lost 5 lorries on the mountain pass.",
        "Relief teams lost contact with 60 villagers after the storm.",
    ],
)
def test_things_lost_and_contact_lost_are_nothing(text):
    assert read_statement(text, "en").claims == ()


def test_homes_lost_stay_displacement():
    assert figures("Over 900 households have lost their homes this spring.") == [
        ("displaced", "families", 900)
    ]
