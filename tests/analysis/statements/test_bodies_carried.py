"""Bodies a witness carried or buried, of persons a relative clause says were killed, count the
killed; bodies found stay found dead. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "count")


@pytest.mark.parametrize(
    "text",
    [
        "That evening we carried the bodies of four farmers who had been shot near the well.",
        "My father buried the bodies of four farmers who had been killed by the shelling.",
    ],
)
def test_bodies_carried_of_persons_killed_are_the_killed(text):
    assert claim_fields(text, "en", _FIELDS) == [("killed", 4)]


def test_bodies_recovered_of_persons_killed_stay_found_dead():
    text = "Rescuers recovered the bodies of four farmers who had been shot near the well."
    assert claim_fields(text, "en", _FIELDS) == [("found_dead", 4)]
