"""Persons forced to abandon their land are displaced, as those forced to abandon their homes
are. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "count_low", "count_high")


def test_forced_to_abandon_their_land_is_displaced():
    text = "Between 2,000 and 3,000 herders were forced to abandon their land."
    assert claim_fields(text, "en", FIELDS) == [("displaced", None, 2000, 3000)]


def test_forced_to_abandon_a_plan_is_no_displacement():
    # Near miss: a plan abandoned is no home left.
    text = "Some 300 villagers were forced to abandon their plans for a protest."
    assert claim_fields(text, "en", FIELDS) == []
