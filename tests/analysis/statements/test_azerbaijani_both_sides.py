"""Azerbaijani "hər iki tərəfdən 30 hərbçi" (30 soldiers from both sides) is a count: a
proportion ("hər beş nəfərdən biri", one in every five) takes a share smaller than its
every-so-many. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "qualifier")


def test_a_count_from_both_sides() -> None:
    text = "Toqquşmada hər iki tərəfdən 40-a yaxın hərbçi yaralanıb."
    assert claim_fields(text, "az", FIELDS) == [("injured", "servicemen", 40, "about")]


def test_near_miss_one_in_every_four() -> None:
    text = "Saxlanılanların hər dörd nəfərindən biri döyülüb."
    assert [c for c in claim_fields(text, "az", FIELDS) if c[2] in (1, 4)] == []
