"""Persons "held as prisoners of war" or "held as hostages" are held by their captors, not by
the police: captured, however "held" is led in ("still", "being"). Persons held as anything
else ("held as suspects") stay detained. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def counts(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count"))


def test_held_as_prisoners_of_war_or_hostages_are_captured():
    text = "At least 215 soldiers are still held as prisoners of war, the army said."
    assert counts(text) == [("captured", "servicemen", 215)]
    text = "Nine villagers were being held as hostages in the mill."
    assert counts(text) == [("captured", "all", 9)]


def test_near_miss_held_as_suspects_stay_detained():
    text = "Nine villagers were being held as suspects in the district jail."
    assert counts(text) == [("detained", "all", 9)]
