"""A group counted only as a part of another figure, named again by its group ("ten of them
children … Two of the children", "Two of the wounded children"), is that part: what befell
some of them is a part of it, not of the whole. Where no figure counts that group the part
stays with the whole. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_of_the_children_after_children_counted_as_a_part():
    text = "Shelling injured 40 people, twelve of them children. Three of the children later died."
    assert claim_fields(text, "en", FIELDS)[2] == ("killed", "children", 3, 1)


def test_of_the_wounded_children_after_children_counted_among_the_wounded():
    text = (
        "The clinic treated 40 people for shrapnel wounds, twelve of them children. Three of "
        "the wounded children died overnight."
    )
    assert claim_fields(text, "en", FIELDS)[2] == ("killed", "children", 3, 1)


def test_near_miss_no_figure_counts_the_group():
    text = "Shelling injured 40 people. Three of the wounded later died."
    assert claim_fields(text, "en", FIELDS)[1] == ("killed", "all", 3, 0)
