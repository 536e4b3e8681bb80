"""The noun of disappearance with its count ("the disappearance of three prisoners") counts
the disappeared, as "the killing of 14" counts the killed; persons who "went missing" stay
missing. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_the_disappearance_of_a_count_of_persons():
    text = "The prosecutor reopened the file on the disappearance of seven farmers in 2019."
    assert claim_fields(text, "en", FIELDS) == [("disappeared", 7)]


def test_disappearances_of_a_count_in_the_plural():
    text = "The group documented the disappearances of 23 activists last year."
    assert claim_fields(text, "en", FIELDS) == [("disappeared", 23)]


def test_near_miss_persons_who_went_missing_stay_missing():
    text = "Seven farmers went missing near the border in 2019."
    assert claim_fields(text, "en", FIELDS) == [("missing", 7)]
