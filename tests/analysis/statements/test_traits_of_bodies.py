""" "120 bodies were exhumed, 40 of them with their hands tied": a part of the found dead that
only tells what those bodies bore is no count of its own (neither found dead again nor
wounded); parts by who they were and marks of torture stay figures, and a trait of the
living ("12 of them with head injuries") is still their wound. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The team exhumed 120 bodies, 40 of them with their hands tied.", [("found_dead", 120)]),
        (
            "Villagers found 60 bodies in the ravine, 21 of them bearing gunshot wounds.",
            [("found_dead", 60)],
        ),
    ],
)
def test_a_trait_of_the_bodies_is_no_count(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police detained 60 protesters, 12 of them with head injuries.",
            [("detained", 60), ("injured", 12)],
        ),
        (
            "The team exhumed 120 bodies, 40 of them children.",
            [("found_dead", 120), ("found_dead", 40)],
        ),
        (
            "The bodies of 30 men were found, 9 of them bearing marks of torture.",
            [("found_dead", 30), ("tortured", 9)],
        ),
    ],
)
def test_who_they_were_and_marks_of_torture_stay(text, expected):
    assert _read(text) == expected
