""" "Held accountable", "held responsible", "held to account" say who answers for a deed, not
who is in custody: "no one has been held accountable" is no zero of the detained, and
officers held responsible are no detainees. Persons held in a camp are. Sentences written
here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Not a single person has been held accountable for the 38 deaths.", [("killed", 38)]),
        ("Not one commander has been held to account.", []),
    ],
)
def test_held_to_answer_is_no_custody(text, expected):
    assert _read(text) == expected


def test_held_in_a_place_is_custody():
    assert _read("Nine men are held in the camp.") == [("detained", 9)]
