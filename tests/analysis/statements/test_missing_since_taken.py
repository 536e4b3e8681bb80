"""Persons still missing whose own relative clause says they were taken ("Six men who were
taken to the barracks in May remain missing") have disappeared; persons missing after
something no one did to them ("who were swept away by the river") stay missing. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_taken_in_their_relative_clause_and_still_missing():
    text = "Six men who were taken to the barracks in May remain missing."
    assert claim_fields(text, "en", FIELDS) == [("disappeared", 6)]


def test_led_away_in_their_relative_clause_and_still_missing():
    text = "Eleven students who were led away by soldiers at the rally are still missing."
    assert claim_fields(text, "en", FIELDS) == [("disappeared", 11)]


def test_near_miss_swept_away_and_missing():
    text = "Six men who were swept away by the river remain missing."
    assert claim_fields(text, "en", FIELDS) == [("missing", 6)]
