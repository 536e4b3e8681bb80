"""Persons counted by their detention, with "whose whereabouts remain unknown" after it in
their clause, have disappeared. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def test_detained_whose_whereabouts_are_unknown_disappeared():
    text = "Also counted: 6 men detained near the dam on 3 May whose whereabouts are still unknown."
    assert claim_fields(text, "en", ("category", "count")) == [("disappeared", 6)]


def test_near_miss_whose_families_were_told_stays_detained():
    text = "Also counted: 6 men detained near the dam on 3 May whose families were told."
    assert claim_fields(text, "en", ("category", "count")) == [("detained", 6)]
