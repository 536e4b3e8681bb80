"""A count of missing persons whose fate is said to be known now ("the fate of 640 missing
persons has been clarified") counts cases closed, no one still missing: no figure; what was
found of them stays a figure of its own. A fate still unknown, or said not to be known, keeps
the count of the missing. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_a_fate_clarified_counts_no_one_missing():
    text = (
        "Since 2019 the fate of 640 missing persons has been clarified: 410 were found "
        "alive and 230 were found dead."
    )
    assert claim_fields(text, "en", FIELDS) == [("found_dead", 230, None)]


def test_a_fate_established():
    text = "Last year the fate of 85 missing persons was established."
    assert claim_fields(text, "en", FIELDS) == []


def test_near_miss_a_fate_never_established_keeps_the_missing():
    text = "The fate of 85 missing persons has never been established."
    assert claim_fields(text, "en", FIELDS) == [("missing", 85, None)]


def test_near_miss_a_fate_still_unknown_keeps_the_missing():
    text = "The fate of 85 missing persons remains unknown."
    assert claim_fields(text, "en", FIELDS) == [("missing", 85, None)]
