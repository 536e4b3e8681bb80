"""Settlements and farms after the persons counted, joined by "of" with the article or after a
named place ("the 240 people of Ardle and the three farms who were killed"), say where those
persons lived: no count, and the relative clause is the persons'. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier"))


def test_persons_of_the_villages_who_were_killed():
    text = "We remember the 240 people of the five villages who were killed in 1994."
    assert _read(text) == [("killed", "all", 240, "exact")]


def test_persons_of_a_named_place_and_the_farms_in_capitals():
    text = "IN MEMORY OF THE 240 PEOPLE OF ARDLE AND THE THREE FARMS WHO WERE KILLED IN 1994."
    assert _read(text) == [("killed", "all", 240, "exact")]


def test_near_miss_farms_burned_are_no_place_of_persons():
    text = "Soldiers burned 4 farms near Ardle and killed 12 people."
    assert _read(text) == [("killed", "all", 12, "exact")]
