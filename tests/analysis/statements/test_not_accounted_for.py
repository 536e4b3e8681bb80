"""English persons who have "not been accounted for" are missing, as those "unaccounted for"
are; the bare verb ("children accounted for 17 of the injured") gives a share and makes no
one missing. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count", "count_low", "count_high", "parent"))


def test_not_been_accounted_for_is_missing():
    text = "The coastguard says 9 crew members have not been accounted for."
    assert _read(text) == [("missing", 9, None, None, None)]


def test_still_not_accounted_for_with_a_range():
    text = "Between 20 and 25 passengers on the list have still not been accounted for."
    assert _read(text) == [("missing", None, 20, 25, None)]


def test_near_miss_a_share_accounted_for_makes_no_one_missing():
    text = "Of the 40 people injured, women accounted for 12."
    assert [c[0] for c in _read(text)].count("missing") == 0
