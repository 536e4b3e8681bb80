"""Azerbaijani "apar-" is to take away, and with a noun of an activity to carry it out
("axtarış aparmaq", to search). When the count is in the genitive and owns the object
("54 nəfərin axtarışını aparıb", searched for 54 persons), the search is carried out and no
one is taken. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count"))


def test_a_search_for_persons_takes_no_one():
    text = "Axtarış qrupu ötən ay ərzində 23 nəfərin axtarışını aparıb."
    assert _read(text) == []


def test_near_miss_persons_taken_in_the_accusative():
    text = "Silahlı şəxslər gecə kənddən 9 kişini aparıblar."
    assert _read(text) == [("captured", "men", 9)]
