"""A count restated in another unit between commas ("210 households, or about 1,000 people,
were displaced"): the verb after the closing comma is both counts' verb. A share restated
so (", or a third of the crew,") counts no one. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier", "parent"))


def test_households_restated_as_persons():
    text = "Some 210 households, or about 1,000 people, were uprooted by the floods in Marr."
    assert _read(text) == [
        ("displaced", "families", 210, "about", None),
        ("displaced", "all", 1000, "about", None),
    ]


def test_a_restatement_before_a_perfect():
    text = "At least 35 families, or 180 residents, have been evicted from the settlement."
    assert _read(text) == [
        ("displaced", "families", 35, "at_least", None),
        ("displaced", "all", 180, "exact", None),
    ]


def test_near_miss_a_share_restated():
    text = "Eleven sailors, or a third of the crew, were detained in port."
    assert _read(text) == [("detained", "all", 11, "exact", None)]


def test_families_restated_as_persons_with_no_or():
    text = "Another 85 families, roughly 400 people, were evacuated from Teln on Sunday."
    assert _read(text) == [
        ("displaced", "families", 85, "exact", None),
        ("displaced", "all", 400, "about", None),
    ]


def test_near_miss_persons_listed_with_no_or_are_no_restatement():
    """Only families restate as persons: a count of women before one of men is a list."""
    text = "Six women, two men, were taken to the border post."
    assert ("displaced", "all", 2, "exact", None) not in _read(text)
