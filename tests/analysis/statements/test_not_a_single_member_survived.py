"""Families where "not a single person" or "not one member" survived are families with no
survivor, as those where no member survived are. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


@pytest.mark.parametrize(
    "text",
    [
        "Archivists in Marrow Vale list 27 households where not a single person survived.",
        "After the raid on Birchford, in 27 families not one member survived the winter.",
    ],
)
def test_families_with_not_a_single_survivor_are_wiped_out(text):
    assert ("families_wiped_out", "all", 27) in claim_fields(text, "en", FIELDS)
