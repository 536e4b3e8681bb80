"""Azerbaijani: bodies or remains buried ("5 nəfərin cəsədi dəfn olunub") were found dead
first; persons buried ("12 şəhid dəfn edilib") are told of by what befell them, no new figure.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_bodies_buried():
    assert _read("Dünən kənd qəbiristanlığında 5 nəfərin cəsədi dəfn olunub.") == [
        ("found_dead", "all", 5, None)
    ]


def test_near_miss_persons_buried_no_new_figure():
    assert _read("Rayonda 8 nəfər dəfn olunub.") == []


def test_near_miss_the_dead_buried_keep_their_fate():
    assert _read("Həlak olmuş 4 sakin dəfn edilib.") == [("killed", "all", 4, None)]
