"""Persons taken of whom the next words say, in the active, that nobody has seen them since
("Nobody has seen them since", "we never saw them again") have disappeared, as those "not
seen since" in the passive have; persons seen since have not. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count"))


def test_nobody_has_seen_them_since():
    text = "Soldiers took nine men from the village on Monday. Nobody has seen them since."
    assert _read(text) == [("disappeared", "men", 9)]


def test_we_never_saw_them_again():
    text = "Police arrested 14 students at the rally. We never saw them again."
    assert _read(text) == [("disappeared", "students", 14)]


def test_near_miss_persons_seen_since_are_still_held():
    text = "Police arrested 14 students at the rally. We have seen them since at the court."
    assert _read(text) == [("detained", "students", 14)]
