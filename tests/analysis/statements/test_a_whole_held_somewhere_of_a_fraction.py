""" "About a third of the 600 people held in the camp are minors": the participle after the
whole names what the whole is, a short phrase of place between it and the verb or not; the
fraction counts no one. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier", "parent")


def test_held_in_a_place():
    text = "Nearly half of the 350 people held at the airbase are women."
    assert claim_fields(text, "en", FIELDS) == [("detained", 350, "exact", None)]


def test_detained_since_a_time():
    text = "A quarter of the 80 men detained since March were students."
    assert claim_fields(text, "en", FIELDS) == [("detained", 80, "exact", None)]


def test_near_miss_held_as_a_verb_of_the_part():
    text = "Half of the 40 men held a protest in the square."
    assert claim_fields(text, "en", FIELDS) == []
