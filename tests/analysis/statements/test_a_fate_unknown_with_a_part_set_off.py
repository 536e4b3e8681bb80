""" "The fate of 312 people, including 41 children, is still unknown": a part set off by commas
keeps the phrase of an unknown fate from spanning the count; with no persons taken before, the
count stands alone as the missing, the part within it. A fate said to be known now ("has been
clarified") counts no one. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_fate_unknown():
    text = "The fate of 208 people, including 17 women, remains unknown."
    assert claim_fields(text, "en", FIELDS) == [
        ("missing", "all", 208, None),
        ("missing", "women", 17, 0),
    ]


def test_whereabouts_unknown_among_them():
    text = "The whereabouts of 95 residents, among them six children, are still unknown."
    assert claim_fields(text, "en", FIELDS) == [
        ("missing", "all", 95, None),
        ("missing", "children", 6, 0),
    ]


def test_near_miss_fate_made_known():
    text = "The fate of 208 people, including 17 women, has been clarified."
    assert claim_fields(text, "en", FIELDS) == []
