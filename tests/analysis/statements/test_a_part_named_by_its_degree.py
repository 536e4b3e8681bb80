""" "Two of the seriously injured" are a part of those said to be hurt so ("17 of them
seriously"), not of all the injured. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def test_a_part_of_the_seriously_injured():
    text = (
        "Shelling wounded 48 people, 11 of them critically; three of the critically wounded died."
    )
    assert claim_fields(text, "en", ("category", "count", "parent")) == [
        ("injured", 48, None),
        ("injured", 11, 0),
        ("killed", 3, 1),
    ]


def test_near_miss_a_part_of_the_injured_is_of_them_all():
    text = "Shelling wounded 48 people, 11 of them critically; three of the wounded died."
    assert claim_fields(text, "en", ("category", "count", "parent")) == [
        ("injured", 48, None),
        ("injured", 11, 0),
        ("killed", 3, 0),
    ]
