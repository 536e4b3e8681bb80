"""A timeline tells its events in the present: persons who leave together with a convoy
("the convoy leaves with 900 people") are displaced, as those who left with it are; a
minister who leaves for a capital with journalists, or a count after "with" that is no
persons, counts no one displaced. Timelines written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_a_convoy_leaves_with_persons():
    text = "12 June - The second evacuation convoy leaves with 740 people, mostly children."
    assert claim_fields(text, "en", FIELDS) == [("displaced", 740)]


def test_near_miss_a_minister_leaves_with_journalists():
    text = "12 June - The minister leaves for the capital with 14 journalists."
    assert claim_fields(text, "en", FIELDS) == []


def test_near_miss_a_bus_leaves_with_money():
    text = "12 June - Each bus leaves with 60 dollars of fuel."
    assert claim_fields(text, "en", FIELDS) == []
