"""A count of "more" («ещё 61») takes the noun of the count before it («погибли 8 медсестёр,
ранены ещё 61»: nurses too), but not from inside a parenthesis closed before it: that held a
breakdown of the count, and the more are more of everyone. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_more_after_a_parenthesised_breakdown_are_everyone():
    text = "Во вторник погибли 20 сельчан (12 фермеров и 8 медсестёр), ранены ещё 61."
    assert ("injured", "all", 61, None) in claim_fields(text, "ru", FIELDS)


def test_more_after_a_plain_count_are_of_its_group():
    text = "Во вторник погибли 8 медсестёр, ранены ещё 61."
    assert ("injured", "medical workers", 61, None) in claim_fields(text, "ru", FIELDS)
