"""A part of a whole with a verb of its own that names no act ("6 survived", «6 выжили») takes
no act of the part before it in its clause: "Of the 40 hostages, 34 were killed and 6
survived" counts 34 killed, not 40 killed. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Of the 40 hostages, 34 were killed and 6 survived.", "en"),
        ("Of the 40 hostages, 34 were killed; 6 survived.", "en"),
        ("Из 40 заложников 34 были убиты, 6 выжили.", "ru"),
    ],
)
def test_survivors_are_no_part_killed(text, language):
    assert _read(text, language) == [("captured", 40, None), ("killed", 34, 0)]


def test_a_part_with_an_act_of_its_own_keeps_it():
    text = "Of the 40 hostages, 34 were killed and 6 were wounded."
    assert _read(text, "en") == [("captured", 40, None), ("killed", 34, 0), ("injured", 6, 0)]
