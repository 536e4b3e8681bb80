""" "Never reappeared", "never resurfaced", said of persons taken, is their disappearance,
as "never seen again" is; said of persons no one took, they are missing. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


def test_persons_taken_who_never_reappeared_disappeared():
    text = "Twelve students were taken away by plain-clothes officers and never reappeared."
    assert claim_fields(text, "en", FIELDS) == [("disappeared", "students", 12)]


def test_persons_no_one_took_who_never_reappeared_are_missing():
    # Near miss: lost at sea, taken by no one.
    text = "Twelve fishermen put out to sea in the storm and never reappeared."
    assert claim_fields(text, "en", FIELDS) == [("missing", "fishermen", 12)]
