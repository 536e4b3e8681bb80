"""Casualties that name an earlier figure again ("Two guards were wounded. … One of those
two casualties died") are no figure of their own, and lend that figure their parts. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_a_part_of_casualties_named_again_is_a_part_of_that_figure():
    text = "Two guards were wounded at the gate. By noon one of those two casualties had died."
    assert claim_fields(text, "en", FIELDS) == [("injured", 2, None), ("killed", 1, 0)]


def test_casualties_of_another_number_lend_nothing():
    text = "Two guards were wounded at the gate. By noon one of those five casualties had died."
    assert ("killed", 1, 0) not in claim_fields(text, "en", FIELDS)
