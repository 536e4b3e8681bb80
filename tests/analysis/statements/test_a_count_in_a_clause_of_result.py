""" "All five had been beaten so badly that one of them still cannot hold a spoon": a count
opening a clause of result ("so … that") after a verb with a count of its own is that
clause's subject, not the verb's. A verb whose persons are counted only after "that" ("beat
them so hard that three of the prisoners fainted") is still theirs. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_one_of_them_is_no_count_of_the_beaten():
    text = "All 14 were beaten so severely that two of them still cannot walk."
    assert claim_fields(text, "en", FIELDS) == [("tortured", 14)]


def test_near_miss_the_persons_named_after_that():
    text = "The guards beat them so hard that three of the prisoners fainted."
    assert claim_fields(text, "en", FIELDS) == [("tortured", 3)]
