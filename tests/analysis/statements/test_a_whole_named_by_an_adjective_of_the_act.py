""" "Nine of the 14 wounded are in serious condition": in English a word of the act between the
whole's number and the part's verb names the whole as the participle does ("of the 30 detained"),
though no morphology tags it. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_the_wounded_keep_their_count():
    text = "Six of the 23 wounded remain in critical condition."
    assert claim_fields(text, "en", FIELDS) == [("injured", 6, 1), ("injured", 23, None)]


def test_the_wounded_taken_somewhere():
    text = "Four of the 11 wounded were flown to the capital."
    assert ("injured", 11, None) in claim_fields(text, "en", FIELDS)


def test_near_miss_a_whole_named_by_a_plain_noun():
    text = "Two of the three suspects were arrested."
    assert claim_fields(text, "en", FIELDS) == [("detained", 2, None)]
