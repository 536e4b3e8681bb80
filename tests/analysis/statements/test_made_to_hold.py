"""How many a place was made "to hold" (or house, accommodate), with the verb of making a
little before it ("built in 1971 to hold 250 prisoners"), is its capacity, as "built in 1971
for 250 prisoners" is: no persons counted. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "count")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The jail, built in 1971 to hold 250 prisoners, now has 700 inmates.",
            [("detained", 700)],
        ),
        (
            "The barracks, designed in the 1950s to accommodate 120 detainees, were overcrowded.",
            [],
        ),
    ],
)
def test_a_place_made_to_hold_persons_counts_none(text, expected):
    assert claim_fields(text, "en", _FIELDS) == expected


def test_holding_persons_in_a_place_made_in_another_clause_is_no_capacity():
    text = "The gym, built in 1980, was used to hold 250 detained protesters."
    assert claim_fields(text, "en", _FIELDS) == [("detained", 250)]
