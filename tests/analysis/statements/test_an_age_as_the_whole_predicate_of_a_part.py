"""An age limit that is the whole predicate of a bare count, after the copula: "Of those
counted, 75 are over 70", "9 were under 16". Like "nine were children", it says who some of
the persons counted before were, even where a participle names that whole ("of those
registered") and no "of them" ties the part to it. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "qualifier", "parent")


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Since the floods, 2,400 people have been registered at the stadium. Of those "
            "registered, 75 are over 70.",
            "elderly",
        ),
        (
            "Since the floods, 2,400 people have been registered at the stadium. Of those "
            "registered, 310 were under 16.",
            "children",
        ),
    ],
)
def test_an_age_after_the_copula_names_a_part_of_the_whole_before(text, group):
    assert claim_fields(text, "en", FIELDS) == [
        ("displaced", "all", 2400, "exact", None),
        ("displaced", group, int(text.split(", ")[-1].split()[0]), "exact", 0),
    ]


def test_the_age_part_after_a_group_part_is_of_the_same_whole():
    text = (
        "Since the floods, 2,400 people have been registered at the stadium. Of those "
        "registered, 900 are children; 75 are over 70."
    )
    assert claim_fields(text, "en", FIELDS)[1:] == [
        ("displaced", "children", 900, "exact", 0),
        ("displaced", "elderly", 75, "exact", 0),
    ]


def test_a_bare_age_part_in_the_next_sentence():
    text = "Guards held 40 villagers in the barn for two days. 6 were over 80."
    assert claim_fields(text, "en", FIELDS) == [
        ("detained", "all", 40, "exact", None),
        ("detained", "elderly", 6, "exact", 0),
    ]


def test_a_part_larger_than_the_whole_stays_apart():
    # Near miss: 60 cannot be a part of 40; the age makes no part of it.
    text = "Guards held 40 villagers in the barn for two days. 60 were over 80."
    assert ("detained", "elderly", 60, "exact", 0) not in claim_fields(text, "en", FIELDS)


def test_an_age_part_after_parts_of_one_whole_is_of_that_whole():
    text = (
        "Guards held 40 villagers in the barn. A week later 300 refugees arrived at the camp. "
        "Of the villagers, 11 are women and 9 men; 6 were over 80."
    )
    assert claim_fields(text, "en", FIELDS)[2:] == [
        ("detained", "women", 11, "exact", 0),
        ("detained", "men", 9, "exact", 0),
        ("detained", "elderly", 6, "exact", 0),
    ]


def test_a_part_with_its_own_marker_keeps_its_reading():
    # Near miss: "four of them were under 18" is a part by "of them", not a bare predicate.
    text = "Soldiers took 20 men from the market. Four of them were under 18."
    assert claim_fields(text, "en", FIELDS) == [
        ("captured", "men", 20, "exact", None),
        ("captured", "children", 4, "exact", 0),
    ]
