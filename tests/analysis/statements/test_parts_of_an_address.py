"""A capitalised part of an address before its number ("Flat 14", "Building 3") numbers a
place and counts no one; a lower-case "the house" before a count stays a place of the count.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count"))


def test_flat_and_building_numbers_count_no_one():
    text = "Two pensioners were killed when the shell hit Flat 27, Building 6, on Lipa Street."
    assert _read(text) == [("killed", 2)]


def test_a_count_after_the_house_in_lower_case_stays():
    assert _read("In the house 4 children were found dead.") == [("found_dead", 4)]
