""" "Three farmers, abducted by the militia in April, were freed in May": an aside between
commas after the count tells what befell them first, the predicate after it what befell them
later (a part as large as its whole). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier", "parent"))


def test_taken_in_an_aside_then_freed():
    text = "Three farmers, abducted by the militia in April, were freed in May."
    assert _read(text) == [
        ("captured", "all", 3, "exact", None),
        ("released", "all", 3, "exact", 0),
    ]


def test_held_in_an_aside_then_killed():
    text = "Nine men, kidnapped at the border, were later shot dead."
    assert _read(text) == [
        ("captured", "men", 9, "exact", None),
        ("killed", "men", 9, "exact", 0),
    ]


def test_near_miss_an_aside_of_no_fate():
    text = "Three farmers, all of them from the valley, were freed in May."
    assert _read(text) == [("released", "all", 3, "exact", None)]


def test_near_miss_a_release_is_no_first_fate_of_a_beating():
    text = "Six inmates, freed on Monday, were beaten by guards before they left."
    assert _read(text) == [("tortured", "all", 6, "exact", None)]


def test_near_miss_an_arrest_in_an_aside_describes_them():
    text = "Nine men, arrested at the border, were later shot dead."
    assert _read(text) == [("killed", "men", 9, "exact", None)]
