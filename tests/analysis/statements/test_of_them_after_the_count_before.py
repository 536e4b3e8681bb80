""" "N of them" set off right after a count with its noun is a part of that count ("seven
children, three of them in critical condition"), not of the whole the list is of. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def test_a_part_of_the_item_right_before():
    text = (
        "Shelling wounded 52 people in Osk. Among the wounded are eight women, two of them "
        "in a serious condition."
    )
    assert claim_fields(text, "en", ("count", "parent")) == [(52, None), (8, 0), (2, 1)]


def test_near_miss_of_them_after_a_verb_is_of_the_subject():
    text = "Shelling wounded 52 people in Osk, nine of them seriously."
    assert claim_fields(text, "en", ("count", "parent")) == [(52, None), (9, 0)]
