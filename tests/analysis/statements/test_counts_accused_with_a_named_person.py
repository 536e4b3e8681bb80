"""English counts joined by "and" to a person named right after a word of prosecution ("the
tribunal convicted Major Olek Varn and four guards of torture") are accused with that
person: no victims of the act they are charged with. A count joined so to no word of
prosecution keeps its fate. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count"))


def test_co_accused_of_a_named_commander_are_no_victims():
    text = "The tribunal convicted Major Olek Varn and four guards of torture on Tuesday."
    assert _read(text) == []


def test_co_accused_after_a_long_title():
    text = "The court sentenced the former prison governor Anna Belt and two deputies for killing."
    assert _read(text) == []


def test_near_miss_a_count_joined_after_a_verb_of_violence():
    text = "The guards beat the lawyer and 6 detainees were beaten in the yard."
    assert _read(text) == [("tortured", 6)]
