"""A bare number after «сообщалось о», «сообщали о» in the sentence of a toll («Число раненых
выросло до 12 (днём сообщалось о восьми)») is that toll as it was reported before: a figure of
what the toll counts, as a rising toll's earlier step is. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_earlier_report_in_parentheses():
    text = "Число раненых выросло до 12 (днём сообщалось о восьми)."
    assert claim_fields(text, "ru", FIELDS) == [("injured", 12, None), ("injured", 8, None)]


def test_earlier_report_after_a_comma():
    text = "Число погибших достигло девяти, накануне власти сообщали о пяти."
    assert claim_fields(text, "ru", FIELDS) == [("killed", 9, None), ("killed", 5, None)]


def test_near_miss_no_toll_named():
    text = "Днём журналисты сообщали о восьми."
    assert claim_fields(text, "ru", FIELDS) == []
