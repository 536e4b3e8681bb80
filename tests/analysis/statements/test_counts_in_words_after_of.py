"""Counts in words coordinated after "of" ("the destruction of four clinics and three
schools") are figures side by side: the first is no whole named before the second, as "Of
the clinics, three were …" names one. Sentences written here."""

from __future__ import annotations

from rightsledger.analysis.statements import read_statement


def _read(text: str) -> list[tuple[str, str, int | None, int | None]]:
    claims = read_statement(text, "en").claims
    return [(c.category, c.subgroup, c.count, c.parent) for c in claims]


def test_counts_in_words_after_of_stand_side_by_side():
    text = "Monitors confirmed the destruction of four clinics and three schools in May."
    assert _read(text) == [
        ("property_destroyed", "health facilities", 4, None),
        ("property_destroyed", "schools", 3, None),
    ]


def test_a_whole_named_after_of_still_takes_its_part():
    text = "The strikes killed thirty civilians. Of the civilians, nine were women."
    assert _read(text) == [("killed", "civilians", 30, None), ("killed", "women", 9, 0)]
