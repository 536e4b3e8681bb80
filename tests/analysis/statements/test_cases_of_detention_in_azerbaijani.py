"""Azerbaijani cases of arbitrary detention counted by their noun ("212 özbaşına saxlanma
halı") are detentions, as "212 cases of arbitrary detention" are; the conditions of detention
("saxlanma şəraiti") count no one. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count"))


def test_cases_of_arbitrary_detention_beside_torture():
    text = "Hesabatda 18 işgəncə və 95 özbaşına saxlanma halı qeyd olunub."
    assert _read(text) == [("tortured", 18), ("detained", 95)]


def test_near_miss_conditions_of_detention():
    assert _read("Monitorinq qrupu 95 nəfərin saxlanma şəraitini yoxlayıb.") == []
