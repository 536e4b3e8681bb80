""" "Police detained nine people, among them the journalist Anna Berg and two students": one
person named first by what they are and their name is counted by no set; the counted items
after them are parts all the same. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_among_them_a_named_journalist_and_students():
    text = "Police detained nine people, among them the journalist Anna Berg and two students."
    assert ("detained", "students", 2, 0) in claim_fields(text, "en", FIELDS)


def test_including_a_named_leader_and_students():
    text = "Police detained 14 people, including the opposition leader Ivo Hart and 3 students."
    assert ("detained", "students", 3, 0) in claim_fields(text, "en", FIELDS)


def test_near_miss_a_group_with_no_name_first():
    text = "Police detained nine people, among them the students and 2 teachers."
    assert ("detained", "teachers", 2, 0) not in claim_fields(text, "en", FIELDS)
