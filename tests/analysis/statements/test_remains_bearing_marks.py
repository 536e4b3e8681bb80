""" "The remains of 9 persons bore signs of having been bound": the bodies of fewer persons than
the found dead counted before, that bore something, are some of those bodies described, no
second count of the found dead. Marks of torture stay the tortured. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")
FOUND = "The teams have recovered the remains of 40 persons. "


def test_remains_that_bore_marks_are_no_new_figure():
    text = FOUND + "The remains of 9 persons bore signs of having been bound at the wrists."
    assert claim_fields(text, "en", FIELDS) == [("found_dead", 40)]


def test_near_miss_marks_of_torture():
    text = FOUND + "The remains of 9 persons bore signs of torture."
    assert ("tortured", 9) in claim_fields(text, "en", FIELDS)


def test_near_miss_more_remains_found():
    text = FOUND + "The remains of 9 more persons were found on Friday."
    assert ("found_dead", 9) in claim_fields(text, "en", FIELDS)
