"""Persons counted as suspects are those thought to have done the act: their arrest is a
measure against them, no figure of its victims. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def test_suspects_arrested_are_no_figure():
    assert claim_fields("Detectives have arrested 7 suspects.", "en", ("category", "count")) == []


def test_suspects_beside_victims_leave_the_victims_read():
    text = "Nine suspects were detained after the ambush in which 5 farmers were killed."
    assert claim_fields(text, "en", ("category", "count")) == [("killed", 5)]
