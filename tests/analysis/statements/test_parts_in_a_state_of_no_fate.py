"""A part told only by a state that befalls no one ("three of them are on hunger strike") is
no part of its whole's act; a part with an act of its own, or a state that is its whole's
act ("still in custody"), stays. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", FIELDS)


def test_part_on_hunger_strike():
    text = "Guards arrested 25 inmates after the riot; four of them are on hunger strike."
    assert _read(text) == [("detained", 25, None)]


def test_part_gone_on_a_hunger_strike_in_the_next_sentence():
    text = "Police detained 60 people at the rally. Seven of those detained have gone on a hunger strike."
    assert _read(text) == [("detained", 60, None)]


def test_near_miss_part_still_in_custody():
    text = "Guards arrested 25 inmates after the riot; four of them are still in custody."
    assert _read(text) == [("detained", 25, None), ("detained", 4, 0)]


def test_near_miss_part_with_an_act_of_its_own():
    text = "Guards arrested 25 inmates after the riot; four of them were beaten during a hunger strike."
    assert _read(text) == [("detained", 25, None), ("tortured", 4, 0)]
