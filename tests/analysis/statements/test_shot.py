"""Shot, with no wound named, is shot dead as statements count it ("were shot behind the
barracks", "villagers shot by the patrol"); shot and wounded, or in a limb, is hurt; what is
shot down (drones, aircraft) is no person. Stabbed is hurt, stabbed to death killed.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier", "parent"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Witnesses say 14 farm workers were shot behind the grain store.",
            [("killed", "all", 14, "exact", None)],
        ),
        (
            "Her brother was among 26 fishermen shot by the coastguard patrol.",
            [("killed", "fishermen", 26, "exact", None)],
        ),
        (
            "No fewer than 9 of the prisoners were shot, among them three boys.",
            [("killed", "all", 9, "at_least", None), ("killed", "boys", 3, "exact", 0)],
        ),
    ],
)
def test_shot_is_killed(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Five marchers were shot and wounded near the bridge.",
            [("injured", "all", 5, "exact", None)],
        ),
        ("Two herders were shot in the leg.", [("injured", "all", 2, "exact", None)]),
        (
            "Seven students were shot with rubber bullets.",
            [("injured", "students", 7, "exact", None)],
        ),
    ],
)
def test_shot_with_a_wound_named_is_injured(text, expected):
    assert _read(text) == expected


def test_what_is_shot_down_is_no_person():
    text = "The army says 31 drones were launched overnight; 27 were shot down. Nobody was hurt."
    assert _read(text) == [("injured", "all", 0, "exact", None)]


def test_stabbed_is_hurt():
    text = "Five people were stabbed outside the bus station on Saturday night."
    assert _read(text) == [("injured", "all", 5, "exact", None)]


def test_near_miss_stabbed_to_death_is_killed():
    text = "Two cooks were stabbed to death behind the market hall."
    assert _read(text) == [("killed", "all", 2, "exact", None)]
