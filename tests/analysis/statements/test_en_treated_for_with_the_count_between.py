"""Treated for what harmed them, with whom they treated between the verb and "for"
("volunteers treated 35 villagers for cuts"): injured, whoever the persons are (the
arrivals are who they are, not a new displacement). "Were treated" ending its sentence is
treatment of the hurt too. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier", "parent"))


def test_arrivals_treated_for_injuries_are_injured():
    text = "Field medics treated 40 arrivals for shrapnel and blast injuries."
    assert _read(text) == [("injured", "all", 40, "exact", None)]


def test_a_group_treated_for_burns():
    text = "Doctors treated 12 children for burns."
    assert _read(text) == [("injured", "children", 12, "exact", None)]


def test_treated_ending_the_sentence():
    text = "Clinics in the valley told us that at least 200 protesters were treated."
    assert _read(text) == [("injured", "protesters", 200, "at_least", None)]


def test_near_miss_arrivals_alone_are_displaced():
    text = "Some 3,000 arrivals were registered this week."
    assert _read(text) == [("displaced", "all", 3000, "about", None)]


def test_near_miss_treated_as_suspects():
    text = "The 40 students were treated as suspects."
    assert _read(text) == []
