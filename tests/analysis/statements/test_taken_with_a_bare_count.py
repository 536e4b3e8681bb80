"""A witness's "they took eleven." counts persons captured, and "let four of them go" is a
part of them; "they took five men outside" says no more than "took". Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count", "parent"))


def test_a_bare_count_taken_is_captured_and_its_part_released():
    text = "The soldiers searched every house and they took nine. Two days later they let three of them go."
    assert _read(text) == [("captured", 9, None), ("released", 3, 0)]


def test_a_count_with_where_to_is_no_capture():
    assert _read("They took 15 to the district hospital.") == []


def test_a_count_with_a_noun_is_left_to_the_verb():
    assert _read("They took two boxes and left.") == []
