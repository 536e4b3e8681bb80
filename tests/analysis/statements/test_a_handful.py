""" "A handful" ("a handful of") is a vague count, as "a few" is: a claim with no number.
"Many" is not (it says no order of magnitude). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier", "parent"))


def test_a_handful_of_a_group():
    text = "A handful of journalists were released after the hearing."
    assert _read(text) == [("released", "journalists", None, "vague", None)]


def test_a_handful_of_those_counted_before():
    text = "Troops detained 80 men at the checkpoint. A handful were let go the same evening."
    assert _read(text) == [
        ("detained", "men", 80, "exact", None),
        ("released", "men", None, "vague", 0),
    ]


def test_near_miss_many_is_no_count():
    text = "Many were released after the hearing."
    assert _read(text) == []
