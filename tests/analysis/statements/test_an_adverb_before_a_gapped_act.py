""" "214 houses were damaged and 37 partly destroyed": an adverb in -ly between a bare count
and its act is no counted noun; the count keeps the noun of the count before it. A noun in
-ly the lexicon knows ("elderly") is still the group. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count"))


def test_things_counted_before_an_adverb():
    text = "The mayor said 90 homes were flooded and 16 completely destroyed by the surge."
    assert _read(text) == [("property_destroyed", "homes", 16)]


def test_persons_counted_before_an_adverb():
    text = "Officials said 30 people were killed and 12 badly injured in the blast."
    assert _read(text) == [("killed", "all", 30), ("injured", "all", 12)]


def test_near_miss_a_group_word_in_ly():
    text = "Shelling killed 20 people in the square and 6 elderly injured nearby."
    assert _read(text) == [("killed", "all", 20), ("injured", "elderly", 6)]
