""" "There were about 30 of us in the cell. Two men died after the beatings": a number in words
with a capital after a full stop begins a sentence, however short the word before the stop
("cell", "room", "ward" number things only in digits). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_a_sentence_after_cell():
    text = "Nobody came to the ward. Three patients died overnight."
    assert ("killed", 3) in claim_fields(text, "en", FIELDS)


def test_near_miss_a_numbered_cell():
    text = "He was held in cell No. 12 for a month."
    assert claim_fields(text, "en", FIELDS) == []
