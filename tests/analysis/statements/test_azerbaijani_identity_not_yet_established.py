"""Azerbaijani "şəxsiyyəti (hələ) müəyyən edilməyib / olunmayıb": no one was identified; the
count is of remains still to be identified, found dead among those found (as unidentified
remains are), never identified. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_remains_not_yet_identified() -> None:
    text = "Dərədən 11 nəfərin qalıqları çıxarılıb, onlardan 4 nəfərin şəxsiyyəti hələ müəyyən olunmayıb."
    assert claim_fields(text, "az", FIELDS) == [("found_dead", 11, None), ("found_dead", 4, 0)]


def test_not_identified_alone_is_no_figure() -> None:
    assert claim_fields("Onlardan 5-nin şəxsiyyəti hələ müəyyən edilməyib.", "az", FIELDS) == []


def test_near_miss_identified() -> None:
    text = "Onlardan 5-nin şəxsiyyəti artıq müəyyən edilib."
    assert claim_fields(text, "az", FIELDS) == [("identified", 5, None)]
