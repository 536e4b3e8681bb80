"""Persons given up to the other side of a war ("transferred to the other side", "handed over
to the opposing side"), as in a prisoner exchange, are released, whatever held them before;
persons transferred to another prison stay detained. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_persons_held_by_us_transferred_to_the_other_side_are_released():
    text = "In exchange, 52 persons held in our custody were transferred to the other side."
    assert claim_fields(text, "en", FIELDS) == [("released", 52)]


def test_prisoners_handed_over_to_the_opposing_side_are_released():
    text = "Under the deal, 30 prisoners were handed over to the opposing side on Monday."
    assert claim_fields(text, "en", FIELDS) == [("released", 30)]


def test_near_miss_transferred_to_another_prison_stays_detained():
    text = "On Monday, 18 detainees were transferred to another prison."
    assert claim_fields(text, "en", FIELDS) == [("detained", 18)]
