"""A part counted "of those" / "of these" right after a part in its sentence is of that part
("40 of them are still held, and five of those are journalists"); "of them" there, a count too
large for the part, or "of those arrested" (naming whom) stay parts of the whole. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count", "parent"))


@pytest.mark.parametrize("those", ["those", "these"])
def test_a_part_of_those_is_of_the_part_before(those):
    text = (
        "Security forces arrested 210 people after the rally. Today 40 of them are still held, "
        f"and five of {those} are journalists."
    )
    assert _read(text) == [("detained", 210, None), ("detained", 40, 0), ("detained", 5, 1)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Security forces arrested 210 people after the rally. Today 40 of them are still "
            "held, and five of them are journalists.",
            5,
        ),
        (
            "Security forces arrested 210 people after the rally. Today 40 of them are still "
            "held, and 90 of those were beaten.",
            90,
        ),
        (
            "Police arrested 300 people, including 40 women, and 25 of those arrested were "
            "beaten in custody.",
            25,
        ),
    ],
)
def test_of_them_or_too_many_stay_parts_of_the_whole(text, count):
    assert _read(text)[2][1:] == (count, 0)
