"""Azerbaijani "heç biri" (none of them) counts none when it is the subject ("heç biri azad
edilməyib"); in the dative, locative or ablative ("heç birinə vəkil verilməyib", none was
given a lawyer) it says to or in whom, and its "bir" is no count of one. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count"))


def test_none_in_the_dative_counts_no_one():
    text = "Həbs olunan fəalların heç birinə ailəsi ilə görüş imkanı verilməyib."
    assert _read(text) == []


def test_near_miss_none_as_the_subject():
    text = "Girov götürülənlərdən heç biri hələ azad edilməyib."
    assert _read(text) == [("released", "all", 0)]
