"""Bodies counted between commas after what held them, opened by "with" ("a third grave,
with at least 18 bodies, was exhumed"): the verb after the closing comma finds the bodies.
Persons "with" a vehicle are not found by it. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier"))


def test_bodies_in_an_aside_after_a_grave():
    text = "A third grave, with at least 18 bodies, was exhumed behind the sawmill on Monday."
    assert _read(text) == [("found_dead", "all", 18, "at_least")]


def test_near_miss_persons_in_an_aside_after_a_vehicle():
    text = "A van, with 18 migrants inside, was stopped behind the sawmill on Monday."
    assert _read(text) == []
