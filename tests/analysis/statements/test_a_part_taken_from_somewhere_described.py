""" "Among them are 40 men who were taken from their homes": the taking told in a relative
clause of a part after "among them" or "including" says who they are; the part is of its
whole. A later fate in the clause is the part's own. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_among_them_are():
    text = "Troops detained 85 people. Among them are 12 women who were taken from a bus."
    assert claim_fields(text, "en", FIELDS) == [
        ("detained", "all", 85, None),
        ("detained", "women", 12, 0),
    ]


def test_including():
    text = "Troops detained 85 people, including 30 men who were taken away from the market."
    assert claim_fields(text, "en", FIELDS) == [
        ("detained", "all", 85, None),
        ("detained", "men", 30, 0),
    ]


def test_near_miss_a_later_fate():
    text = "Troops detained 85 people. Among them are 12 women who were later released."
    assert ("released", "women", 12, 0) in claim_fields(text, "en", FIELDS)
