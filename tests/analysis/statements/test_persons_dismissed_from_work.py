"""Persons counted as the subject of "were dismissed" lost their jobs: the clause is no
rejection of a figure, as "the appeals of 12 workers were dismissed" is of a claim turned down.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "count")


def test_a_fate_after_persons_dismissed_is_read():
    text = "During the 2012 stoppage 57 miners were dismissed and 6 were jailed for months."
    assert claim_fields(text, "en", _FIELDS) == [("detained", 6)]


def test_claims_dismissed_still_reject_their_clause():
    assert (
        claim_fields("The appeals of 15 drivers were dismissed and 5 were held.", "en", _FIELDS)
        == []
    )
    assert claim_fields("Eleven complaints were dismissed and 5 were held.", "en", _FIELDS) == []
