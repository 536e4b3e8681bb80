"""Persons said to be "themselves displaced" (or refugees, evacuees) in an aside after their
count are displaced, whatever else the sentence says they do. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "subgroup", "count")


def test_an_aside_after_the_counted_gives_their_flight():
    text = "Six doctors from the valley clinics, themselves displaced, now run the camp clinic."
    assert claim_fields(text, "en", _FIELDS) == [("displaced", "medical workers", 6)]


def test_themselves_with_another_word_gives_nothing():
    text = "Six doctors from the valley clinics, themselves exhausted, now run the camp clinic."
    assert claim_fields(text, "en", _FIELDS) == []
