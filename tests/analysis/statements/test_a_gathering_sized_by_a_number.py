"""A gathering sized by "of" and a number ("the rally of some 3,000 people", "a crowd of
2,000") is counted as a town of 40,000 is: the number says who came, not whom anything befell,
even with a verb of harm in the clause. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier")


def test_the_size_of_a_rally_is_no_figure():
    text = "At least six were hurt as riot police broke up the rally of some 4,000 people."
    assert claim_fields(text, "en", FIELDS) == [("injured", 6, "at_least")]


def test_the_size_of_a_crowd_is_no_figure():
    text = "Nine people were injured when officers charged a crowd of 1,500."
    assert claim_fields(text, "en", FIELDS) == [("injured", 9, "exact")]


def test_near_miss_a_group_of_persons_is_counted():
    text = "A group of 14 students were detained at the rally."
    assert claim_fields(text, "en", FIELDS) == [("detained", 14, "exact")]
