"""«Мы вдесятером бежали из села»: the Russian adverbs of a number of persons together
(«вдвоём», «втроём» … «вдесятером») count them as «двое», «трое» do. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_ten_of_us_fled():
    assert claim_fields("Ночью мы вдесятером бежали из села.", "ru", FIELDS) == [("displaced", 10)]


def test_three_of_them_were_detained():
    text = "Втроём их задержали на блокпосту."
    assert claim_fields(text, "ru", FIELDS) == [("detained", 3)]


def test_a_word_that_only_begins_alike_counts_no_one():
    # Near miss: «вдвойне» (doubly) is no number of persons.
    assert claim_fields("Вдвойне тяжело тем, кто бежал из села.", "ru", FIELDS) == []
