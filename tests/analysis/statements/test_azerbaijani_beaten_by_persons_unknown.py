"""Azerbaijani "naməlum şəxslər tərəfindən döyülüb" (beaten by persons unknown): an assault,
which hurts (injured); torture is done by those who hold or question, whom these words leave
out. A beating with no such agent stays what it was. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_beaten_by_persons_unknown_are_hurt():
    text = "Seçki günü 3 jurnalist naməlum şəxslər tərəfindən döyülüb."
    assert claim_fields(text, "az", FIELDS) == [("injured", "journalists", 3, None)]


def test_a_beating_with_no_agent_named_stays_torture():
    # Near miss: beaten after detention, with no persons unknown named.
    text = "Polis 8 fəalı saxlayıb. Saxlanılanlardan 3-ü döyülüb."
    assert claim_fields(text, "az", FIELDS)[1] == ("tortured", "all", 3, 0)
