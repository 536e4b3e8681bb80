"""A part named again with its count and its group after "of the" ("Of the 40 women, 6 …"
after "40 were women") is that part again, no figure of its own: what is counted of it is
its part, and of its group (``test_part_after_its_group_named_again``). A count with a group
other than the part's stays a figure of its own. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_a_part_named_again_by_its_count_and_group():
    text = (
        "Police detained 150 people at the rally; 40 were women. Of the 40 women, 6 said "
        "they had been beaten."
    )
    assert claim_fields(text, "en", FIELDS) == [
        ("detained", "all", 150, None),
        ("detained", "women", 40, 0),
        ("tortured", "women", 6, 1),
    ]


def test_near_miss_another_group_with_the_same_count():
    text = (
        "Police detained 150 people at the rally; 40 were women. Of the 40 children held "
        "elsewhere, 6 were released."
    )
    claims = claim_fields(text, "en", FIELDS)
    assert ("detained", "children", 40, None) in claims
