"""The whole after "of the" in "Six of the 20 detainees said …" is no teller: the part says
it, and the whole stays a figure; persons who themselves tell ("two officials told
reporters") are sources, not a figure. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count", "parent"))


def test_whole_of_a_part_that_says_what_befell_it():
    text = "Nine of the 31 detainees told the panel they had been beaten in custody."
    assert sorted(_read(text), key=str) == [("detained", 31, None), ("tortured", 9, 1)]


def test_near_miss_tellers_are_no_figure():
    assert _read("Two nurses told reporters that 12 people were killed.") == [("killed", 12, None)]
