"""Azerbaijani "polis əməkdaşları tərəfindən" (by police officers) after a count's own noun names
who did the act, however many words the agent's noun takes; the persons counted are those the
noun before it names. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_an_agent_of_two_words_after_the_counted_noun():
    text = "Həbsxanada 18 məhkum şəxs polis əməkdaşları tərəfindən döyüldüyünü bildirib."
    assert [c[1] for c in claim_fields(text, "az", FIELDS)] == ["all"]


def test_near_miss_police_officers_hurt():
    text = "Toqquşmada 4 polis əməkdaşı xəsarət alıb."
    assert claim_fields(text, "az", FIELDS) == [("injured", "police officers", 4, None)]
