"""A bare count of the identified after the bodies recovered is of those bodies ("recovered 41
bodies. 30 have been identified"); one with a noun of its own, or more than were found, is
not. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count", "parent"))


def test_it_nests_a_bare_count_in_the_bodies_before():
    text = "Divers have pulled 26 bodies from the reservoir. 19 have been identified so far."
    assert _read(text) == [("found_dead", 26, None), ("identified", 19, 0)]


def test_it_leaves_a_count_with_its_own_noun():
    text = "Divers have pulled 26 bodies from the reservoir. 19 victims have been identified."
    assert _read(text) == [("found_dead", 26, None), ("identified", 19, None)]


def test_it_leaves_a_count_larger_than_the_found():
    text = "Divers pulled 6 bodies from the reservoir this week. 19 have been identified since May."
    assert _read(text) == [("found_dead", 6, None), ("identified", 19, None)]
