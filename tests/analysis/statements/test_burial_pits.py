""" "Burial pits" and "burial trenches", a forensic report's words for the graves it excavates,
are graves: counted, they are burial sites; a pit of another kind is not. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count"))


def test_burial_pits_identified():
    text = "The survey identified three burial pits along the northern wall of the quarry."
    assert _read(text) == [("burial_sites", "all", 3)]


def test_burial_trenches_found():
    text = "Investigators found four burial trenches behind the former barracks."
    assert _read(text) == [("burial_sites", "all", 4)]


def test_near_miss_fire_pits_are_no_graves():
    text = "Three fire pits were found near the camp."
    assert _read(text) == []
