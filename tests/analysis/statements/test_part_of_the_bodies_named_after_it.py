"""A part counted before "of the bodies" / "of the exhumed remains" is a part of the remains
found before it, as "Of the bodies, …" before a part is; "were those of women" after it says
who the part were ("those" takes up the bodies). A part of persons of another fate stays
with its own whole. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_a_part_of_the_exhumed_bodies_said_to_be_children():
    text = "Investigators exhumed the remains of 64 people near Brall. Nine of the exhumed bodies are children."
    assert claim_fields(text, "en", FIELDS) == [
        ("found_dead", "all", 64, None),
        ("found_dead", "children", 9, 0),
    ]


def test_those_of_a_group_after_the_copula():
    text = "The remains of 52 people were recovered from the quarry. Six of the bodies were those of women."
    assert claim_fields(text, "en", FIELDS) == [
        ("found_dead", "all", 52, None),
        ("found_dead", "women", 6, 0),
    ]


def test_near_miss_those_of_no_group_leaves_the_part_as_it_is():
    text = "Thirty people were detained on Friday. Nine of them were those of the first raid."
    assert claim_fields(text, "en", FIELDS) == [
        ("detained", "all", 30, None),
        ("detained", "all", 9, 0),
    ]
