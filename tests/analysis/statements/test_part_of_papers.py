"""A part of papers counted counts papers, no persons: "Only three of these complaints led
to a trial" is no figure, as "40 complaints" is none. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")
_HELD = "Police arrested 90 people, and 25 of them complained of beatings. "


def test_a_part_of_complaints_is_no_figure():
    text = _HELD + "Only three of these complaints led to a trial."
    assert claim_fields(text, "en", FIELDS) == [("detained", 90, None), ("tortured", 25, 0)]


def test_a_part_of_persons_named_by_their_fate_stays_a_figure():
    # Near miss: "the detainees" are persons.
    text = _HELD + "Three of the detainees were later released."
    assert ("released", 3, 0) in claim_fields(text, "en", FIELDS)
