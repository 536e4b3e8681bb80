"""A part counted "of them" after a semicolon takes up the count just before it, as "of whom"
after a comma does: "Charges were brought against 12 persons; 7 of them remain in custody"
is a part of the 12 charged, who have no fate of their own, not of the detained counted
before. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_a_part_of_the_charged_has_no_parent():
    text = "Police detained 90 people. Charges were brought against 12 persons; 7 of them remain "
    text += "in custody."
    assert claim_fields(text, "en", FIELDS) == [("detained", 90, None), ("detained", 7, None)]


def test_near_miss_a_part_of_the_detained():
    text = "Police detained 90 people; 7 of them remain in custody."
    assert claim_fields(text, "en", FIELDS) == [("detained", 90, None), ("detained", 7, 0)]
