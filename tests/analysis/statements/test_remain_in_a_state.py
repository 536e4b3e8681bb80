"""A part said to "remain" in a state ("only 4 remain open") has a predicate of its own and
shares no act of the part before it; "remain in custody" or "remain missing" is an act.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


def test_a_part_remaining_open_takes_no_act():
    text = "Of the 11 clinics in the district, 5 have been destroyed and only 4 remain open."
    assert claim_fields(text, "en", FIELDS) == [("property_destroyed", "health facilities", 5)]


def test_a_part_remaining_in_custody_is_still_held():
    # Near miss: "remain in custody" says what befell them.
    text = "Of the 40 people detained, 12 were released and 28 remain in custody."
    assert claim_fields(text, "en", FIELDS)[2] == ("detained", "all", 28)
