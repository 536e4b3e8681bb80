"""Persons said to be in hospital ("23 remain in hospital", "are still in the regional
hospital") were hurt, as those taken to hospital were; a verb of their own beside it says
their fate first ("three died in hospital"), and nobody in hospital says nobody was hurt that
badly, no figure. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After the blast, sixteen people remain in hospital.", [("injured", 16, None)]),
        (
            "Nine miners are still in the regional hospital, two of them in critical condition.",
            [("injured", 9, None), ("injured", 2, 0)],
        ),
    ],
)
def test_persons_in_hospital_were_hurt(text, expected):
    assert claim_fields(text, "en", _FIELDS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four of the passengers died in hospital overnight.", [("killed", 4, None)]),
        ("Nobody from the bus is in hospital.", []),
        ("Forty patients in the hospital were evacuated.", [("displaced", 40, None)]),
    ],
)
def test_a_fate_of_their_own_or_none_comes_first(text, expected):
    assert claim_fields(text, "en", _FIELDS) == expected
