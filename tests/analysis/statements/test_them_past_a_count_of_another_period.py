""" "12,000 people have fled, up from 7,000 last week. Between 2,000 and 3,000 of them …": a
number set against a figure as its value for another period counts the same persons; "of them"
past it still speaks of the figure. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "count_low", "count_high", "parent")


def test_a_range_of_them_after_up_from():
    text = (
        "About 9,400 residents have fled the district, up from 6,100 on Friday. "
        "Between 1,500 and 2,000 of them are sheltering in churches."
    )
    assert claim_fields(text, "en", FIELDS) == [
        ("displaced", 9400, None, None, None),
        ("displaced", 6100, None, None, None),
        ("displaced", None, 1500, 2000, 0),
    ]


def test_near_miss_things_counted_between():
    text = "20 people were killed. The town has 4 schools; 3 of them reopened on Monday."
    assert claim_fields(text, "en", FIELDS) == [("killed", 20, None, None, None)]
