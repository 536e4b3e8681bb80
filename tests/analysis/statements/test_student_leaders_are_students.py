""" "three student leaders", "two student activists": students all the same, of the label
"students". Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


def test_student_leaders():
    text = "Police detained three student leaders on Monday."
    assert claim_fields(text, "en", FIELDS) == [("detained", "students", 3)]


def test_near_miss_leaders_alone():
    text = "Police detained three opposition leaders on Monday."
    assert ("detained", "students", 3) not in claim_fields(text, "en", FIELDS)
