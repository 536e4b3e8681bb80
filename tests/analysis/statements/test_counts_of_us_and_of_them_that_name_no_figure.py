""" "There were about forty of us" after a sentence of the dead counts the living, not a part
of the dead; "they came, maybe twenty of them," counts the "they" of its own clause, those who
came. Neither takes the fate of a figure counted before. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier", "parent"))


def test_a_headcount_of_us_is_no_part_of_the_dead():
    text = (
        "Eleven people were killed when the mortar hit the square. There were about sixty "
        "of us in the cellar."
    )
    assert _read(text) == [("killed", "all", 11, "exact", None)]


def test_them_the_subject_of_their_clause_is_no_part_of_the_dead():
    text = (
        "Four farmers were shot in the orchard. The next morning they came, perhaps "
        "fifteen of them, in two trucks."
    )
    assert _read(text) == [("killed", "all", 4, "exact", None)]


def test_near_miss_us_among_the_dead_by_our_village():
    text = "Soldiers killed 14 people in the village, six of us among them."
    assert _read(text) == [
        ("killed", "all", 14, "exact", None),
        ("killed", "all", 6, "exact", 0),
    ]


def test_near_miss_them_with_a_verb_of_their_own():
    text = "Nine villagers were shot at the well. They had been rounded up, five of them were teachers."
    assert _read(text) == [
        ("killed", "all", 9, "exact", None),
        ("killed", "teachers", 5, "exact", 0),
    ]
