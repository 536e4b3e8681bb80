"""English persons counted, then named one by one between commas before their verb ("Two
nurses, Mira Holt and Dan Ashe, were wounded", an age in brackets after a name): the names
stand between the count and its verb as an aside does. Names not joined by "and" into a
closed list are no such aside. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count"))


def test_names_between_the_count_and_its_verb():
    text = "Two nurses, Mira Holt and Dan Ashe, were wounded by shrapnel."
    assert _read(text) == [("injured", "medical workers", 2)]


def test_names_with_their_ages_in_brackets():
    text = "Four of the boys, Ivo (15), Pavel (16), Emil (15) and Rudi (17), were arrested."
    assert _read(text) == [("detained", "boys", 4)]


def test_near_miss_a_place_named_after_the_count_keeps_its_own_verb():
    text = "Shelling struck 2 villages, Orlen and Vask, and 9 people were killed."
    assert _read(text) == [("killed", "all", 9)]
