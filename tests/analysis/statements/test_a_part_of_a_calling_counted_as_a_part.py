""" "Two of the journalists" after journalists counted only as a part ("among them 5
journalists") is a part of that part. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def test_a_part_of_the_journalists_among_the_detained():
    text = (
        "Police held 80 people overnight, among them 6 journalists. By noon 4 of the "
        "journalists had been released."
    )
    assert claim_fields(text, "en", ("category", "count", "parent")) == [
        ("detained", 80, None),
        ("detained", 6, 0),
        ("released", 4, 1),
    ]


def test_near_miss_journalists_counted_as_a_whole():
    text = "Police held 6 journalists overnight. By noon 4 of the journalists had been released."
    assert claim_fields(text, "en", ("category", "count", "parent")) == [
        ("detained", 6, None),
        ("released", 4, 0),
    ]
