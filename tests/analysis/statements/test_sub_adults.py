"""A forensic report's "sub-adults", hyphenated as often as not, are children, and so are boys
or girls said to be teenage. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def test_sub_adults_are_children():
    text = (
        "Trench 2 contained 20 individuals. "
        "Of the 20 individuals, 9 were adult males, 6 adult females and 5 sub-adults."
    )
    assert ("found_dead", "children", 5) in claim_fields(
        text, "en", ("category", "subgroup", "count")
    )


def test_sub_adult_skulls_are_no_persons():
    assert claim_fields("Five sub-adult skulls were recovered.", "en") == []


def test_teenage_boys_and_girls_are_children():
    text = "Soldiers beat six teenage boys and detained 4 teenage girls at the checkpoint."
    assert claim_fields(text, "en", ("category", "subgroup", "count")) == [
        ("tortured", "children", 6),
        ("detained", "children", 4),
    ]


def test_near_miss_boys_alone_keep_their_own_label():
    text = "Soldiers beat six boys at the checkpoint."
    assert claim_fields(text, "en", ("category", "subgroup", "count")) == [("tortured", "boys", 6)]
