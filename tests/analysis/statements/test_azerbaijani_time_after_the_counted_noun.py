"""An Azerbaijani time adverbial after the counted noun ("iki oğlu həmin gün öldürüldü", his
two sons were killed that day) says when, and is no part of what is counted, as English "40
protesters last week". Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


def test_that_day_after_the_noun() -> None:
    text = "Şahidin dediyinə görə, qonşusunun üç oğlu həmin gün güllələndi."
    assert claim_fields(text, "az", FIELDS) == [("killed", "men", 3)]


def test_last_week_after_the_noun() -> None:
    text = "Rayonda 14 jurnalist ötən həftə saxlanılıb."
    assert claim_fields(text, "az", FIELDS) == [("detained", "journalists", 14)]


def test_near_miss_days_counted() -> None:
    text = "Girovlar 14 gün saxlanılıb."
    assert all(c[2] != 14 for c in claim_fields(text, "az", FIELDS))
