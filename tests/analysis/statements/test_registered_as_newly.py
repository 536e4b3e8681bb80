"""Persons registered "as newly displaced" or "as officially missing" are registered as that
fate: the adverb after "as" says when or how, not what. An adverb with no fate after it, or
with no "as" before it, names no fate of the registered. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def counts(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count"))


def test_registered_as_newly_displaced():
    text = "Over the winter, a further 2,315 persons were registered as newly displaced."
    assert counts(text) == [("displaced", 2315)]


def test_near_miss_no_fate_after_the_adverb():
    assert counts("Over the winter, 2,315 persons were registered as newly eligible for aid.") == []
    assert counts("Over the winter, 2,315 persons were registered, newly arrived in town.") == []
