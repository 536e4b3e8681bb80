""" "They locked us in the mosque, about forty of us": locked in somewhere is held, as kept is;
a door or a gate locked counts no one. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier")


def test_us_locked_in():
    text = "They locked us in the cellar, some twenty of us."
    assert claim_fields(text, "en", FIELDS) == [("detained", 20, "about")]


def test_persons_locked_in():
    assert claim_fields("They locked 14 villagers in a barn.", "en", FIELDS) == [
        ("detained", 14, "exact")
    ]


def test_near_miss_a_gate_locked():
    assert claim_fields("Guards locked the gate at 9 pm.", "en", FIELDS) == []
