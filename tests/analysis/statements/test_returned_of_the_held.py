"""Persons who "returned", of a whole that was held ("took 400 hostages; only 150 of them ever
returned"), were released; those who returned of a whole never held, or with no whole, are no
figure of ours. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_those_of_the_held_who_returned_were_released():
    text = "The raiders took 400 hostages in the autumn. Only 150 of them ever returned."
    assert claim_fields(text, "en", FIELDS) == [("captured", 400, None), ("released", 150, 0)]


def test_those_who_returned_with_no_held_whole_are_no_figure():
    assert claim_fields("About 900 families returned to the valley in May.", "en", FIELDS) == []


def test_the_displaced_who_returned_are_no_release():
    text = "Of the 700 residents who fled, 250 have returned since."
    assert ("released", 250, 0) not in claim_fields(text, "en", FIELDS)
