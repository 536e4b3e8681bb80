""" "Gunmen took 7 teachers from the school; their whereabouts are unknown": persons taken in
their own clause, whose whereabouts the next clause of the sentence, opening with "their",
says are unknown, disappeared. Persons not taken whose whereabouts are unknown stay missing,
and so do the taken whose "fate" is said unknown (test_taken_away). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_taken_then_their_whereabouts_unknown():
    text = "Gunmen took 7 teachers from the school; their whereabouts are unknown."
    assert claim_fields(text, "en", FIELDS) == [("disappeared", 7)]


def test_taken_off_a_bus_in_a_timeline_present():
    text = (
        "14 May - At the bridge at least 9 men are taken off a bus; their whereabouts are unknown."
    )
    assert claim_fields(text, "en", FIELDS) == [("disappeared", 9)]


def test_near_miss_not_taken():
    text = "Seven hikers set out on Friday; their whereabouts are unknown."
    assert claim_fields(text, "en", FIELDS) == [("missing", 7)]
