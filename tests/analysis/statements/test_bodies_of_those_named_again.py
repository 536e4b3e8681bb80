"""The bodies or remains "of the" persons counted ("the bodies of the 4 missing herders were
found") are bodies found, as "of another 4" or "of all 4" are: found dead, not the fate the
participle gives the persons. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier"))


def test_the_bodies_of_the_kidnapped():
    text = "The bodies of the 4 kidnapped herders were found in a ravine on Sunday."
    assert _read(text) == [("found_dead", "all", 4, "exact")]


def test_the_remains_of_the_counted():
    text = "The remains of the 9 fishermen were recovered from the lake."
    assert _read(text) == [("found_dead", "fishermen", 9, "exact")]


def test_near_miss_the_families_of_the_kidnapped():
    text = "The families of the 4 kidnapped herders met the governor on Sunday."
    assert _read(text) == [("captured", "all", 4, "exact")]
