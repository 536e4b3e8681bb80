"""A parenthesis after a figure that names a day ("(25 mayda – 44 nəfər)", "(12 May: 40)")
gives the figure at that day: a claim of the same act, with no parent. Counted as persons
after a part named by its group ("29 nəfər, o cümlədən 6 uşaq … (…– 44 nəfər)"), it counts
the whole again; counted by the group's noun, the group. A place in the parenthesis is no
day. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_the_figure_of_an_earlier_day_is_its_own_claim():
    text = "İyunun 30-na itkin düşmüş kimi 57 nəfər qeydiyyatdadır (12 mayda – 71 nəfər)."
    assert ("missing", "all", 71, None) in claim_fields(text, "az", FIELDS)


def test_persons_counted_on_an_earlier_day_after_a_part_are_the_whole():
    text = (
        "İyunun 30-na itkin düşmüş kimi 57 nəfər, o cümlədən 8 uşaq qeydiyyatdadır "
        "(12 mayda – 71 nəfər)."
    )
    claims = claim_fields(text, "az", FIELDS)
    assert ("missing", "all", 71, None) in claims
    assert ("missing", "children", 71, None) not in claims


def test_a_place_in_the_parenthesis_is_no_day():
    text = "Rüb ərzində 41 nəfər yaralanıb (Qaraçayda – 12 nəfər)."
    assert ("injured", "all", 12, None) not in claim_fields(text, "az", FIELDS)


def test_an_english_day_in_a_parenthesis():
    text = "As of 30 June, 57 people are listed as missing (12 May: 71)."
    assert ("missing", "all", 71, None) in claim_fields(text, "en", FIELDS)
