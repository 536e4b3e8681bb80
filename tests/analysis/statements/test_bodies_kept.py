"""Bodies that a morgue or anyone else holds or keeps are the dead found: "The morgue holds
about 150 sets of unidentified remains". Persons held alive are not. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier")


def test_remains_a_morgue_holds_are_found_dead():
    text = "The city morgue in Darrow holds about 150 sets of unidentified remains."
    assert claim_fields(text, "en", FIELDS) == [("found_dead", 150, "about")]


def test_near_miss_hostages_held_are_captured():
    assert claim_fields("The militia holds 150 hostages.", "en", FIELDS) == [
        ("captured", 150, "exact")
    ]
