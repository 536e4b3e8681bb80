"""Persons found in a grave were found dead, and so were their bodies or remains ("19 bodies
were found in a grave"); things found there are no one. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "count")


@pytest.mark.parametrize(
    "text",
    [
        "Eighteen villagers were found in a mass grave near the quarry.",
        "18 people were later found in shallow graves behind the school.",
        "Of the 30 detainees, 18 were found in a mass grave in May.",
        "18 bodies were found in a mass grave behind the old mill.",
        "The remains of 18 people were found in two graves near Orsk.",
    ],
)
def test_persons_found_in_a_grave_were_found_dead(text):
    assert ("found_dead", 18) in claim_fields(text, "en", _FIELDS)


@pytest.mark.parametrize(
    "text",
    [
        "Eighteen cartridge cases were found in a mass grave near the quarry.",
        "Eighteen villagers were found in a cellar near the quarry.",
    ],
)
def test_things_or_a_place_that_is_no_grave_are_not_the_dead(text):
    assert ("found_dead", 18) not in claim_fields(text, "en", _FIELDS)
