"""A part told as "others" after another part of the same whole takes the group its copula
names ("at least 12 others were women"), as a bare count does ("9 were children"). Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "subgroup", "count", "qualifier", "parent")


def test_others_after_a_part_are_the_group_the_copula_names():
    text = (
        "The remains of 50 people were recovered. 9 were children. At least 12 others were women."
    )
    assert claim_fields(text, "en", _FIELDS) == [
        ("found_dead", "all", 50, "exact", None),
        ("found_dead", "children", 9, "exact", 0),
        ("found_dead", "women", 12, "at_least", 0),
    ]


def test_near_miss_others_with_a_verb_of_their_own_name_no_group():
    text = "Nine were killed; 12 others were detained."
    assert claim_fields(text, "en", _FIELDS) == [
        ("killed", "all", 9, "exact", None),
        ("detained", "all", 12, "exact", None),
    ]
