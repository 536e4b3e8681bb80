"""Azerbaijani "Onlardan 15-i jurnalistdir, üçü isə vəfat edib": a part whose group is its
predicate (fifteen of them are journalists) lends that group to no part after it; "üçü"
(three of them) is another part of the same whole, of no group said. A part of a group
named before its number ("Jurnalistlərdən 15-i …, üçü …") keeps that group. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_part_after_a_predicate_group_with_a_verb_of_its_own():
    text = (
        "Ötən il 120 nəfər həbs olunub. "
        "Həbs edilənlərdən 15-i jurnalistdir, üçü isə həbsdə olarkən vəfat edib."
    )
    assert claim_fields(text, "az", FIELDS)[2] == ("killed", "all", 3, 0)


def test_digit_part_after_a_predicate_group():
    text = "Hesabata görə 75 nəfər saxlanılıb; onlardan 9-u vəkildir, 4-ü isə azad edilib."
    assert claim_fields(text, "az", FIELDS)[2] == ("released", "all", 4, 0)


def test_group_named_before_the_part_is_still_lent():
    # Near miss: the group names the whole of both parts, as the label of the count before.
    text = "Ötən il 9 jurnalist həlak olub, 4-ü isə yaralanıb."
    assert claim_fields(text, "az", FIELDS)[1] == ("injured", "journalists", 4, None)
