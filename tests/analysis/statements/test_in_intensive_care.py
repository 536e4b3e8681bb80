"""Persons "in intensive care" after an event are hurt, as those "in a critical condition" are:
a part of the hurt or the admitted counted before them. A hospital's beds in intensive care are
room, not persons. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier", "parent"))


def test_a_part_of_the_hurt_in_intensive_care():
    text = "The explosion injured 64 workers at the plant. Nine of them are in intensive care."
    assert _read(text) == [
        ("injured", "all", 64, "exact", None),
        ("injured", "all", 9, "exact", 0),
    ]


def test_patients_in_intensive_care_with_a_part_of_children():
    text = (
        "After the fire the clinic has admitted 52 patients. Six patients are in intensive "
        "care, two of them children."
    )
    assert _read(text) == [
        ("injured", "all", 52, "exact", None),
        ("injured", "all", 6, "exact", 0),
        ("injured", "children", 2, "exact", 1),
    ]


def test_near_miss_beds_in_intensive_care_are_no_persons():
    text = "The regional clinic has 14 beds in intensive care."
    assert _read(text) == []
