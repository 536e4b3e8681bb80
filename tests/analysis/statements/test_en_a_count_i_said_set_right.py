"""A speaker who names a count of his own as said ("I said 212") and then gives the correct
figure ("the correct figure … is 221") sets right the latest figure that gave the wrong count:
the right count takes its place, with its whole, and the count said again is no figure.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier", "parent"))


def test_the_correct_figure_takes_the_place_of_the_one_said():
    text = (
        "Since May, 900 people have been arrested, and 212 are still held. I said 212; the"
        " correct number of those still held is 221."
    )
    assert _read(text) == [
        ("detained", "all", 900, "exact", None),
        ("detained", "all", 221, "exact", 0),
    ]


def test_we_said_and_the_right_number():
    text = "Police said 40 people were arrested. We said 40; the right number is 45."
    assert _read(text) == [("detained", "all", 45, "exact", None)]


def test_near_miss_two_sources_each_said_their_count():
    text = "Officials said 40 were killed. Residents said 60 were killed."
    assert _read(text) == [
        ("killed", "all", 40, "exact", None),
        ("killed", "all", 60, "exact", None),
    ]
