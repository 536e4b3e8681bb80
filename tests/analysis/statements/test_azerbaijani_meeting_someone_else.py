"""Persons counted before a meeting ("… görüşməsinə icazə verilməyib") are not persons the
monitors spoke with when a noun in the instrumental names whom they were to meet ("vəkillə",
"ailəsi ilə"); "30 saxlanılan şəxslə görüşüb" still is. And "heç birinin" (of none of them),
the genitive, counts no one: "bir" in it is no number. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "parent"))


def test_none_of_the_held_allowed_to_meet_a_lawyer():
    text = "32 saxlanılandan heç birinin vəkillə görüşməsinə icazə verilməyib."
    assert _read(text) == [("detained", 32, None)]


def test_none_of_the_held_allowed_to_meet_family():
    text = "30 saxlanılandan heç birinin ailəsi ilə görüşməsinə icazə verilməyib."
    assert _read(text) == [("detained", 30, None)]


def test_the_fate_of_none_known_counts_no_one():
    text = "7 nəfərdən heç birinin harada saxlanıldığı məlum deyil."
    assert all(count != 1 for _, count, _ in _read(text))


def test_near_miss_the_persons_met_are_no_figure():
    assert _read("Nümayəndə heyəti 30 saxlanılan şəxslə görüşüb.") == []
