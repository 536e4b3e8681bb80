""" "bringing to 14 the number of health workers killed": English may put the number a toll is
brought to before the count word; the group after "the number of" is the group the number
counts. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


def test_the_group_after_the_number_of():
    text = (
        "On Monday three nurses were killed when their clinic was shelled, bringing to 14 the "
        "number of health workers killed this year."
    )
    assert ("killed", "medical workers", 14) in claim_fields(text, "en", FIELDS)


def test_near_miss_people_name_no_group():
    text = "The strike killed two teachers, bringing to 11 the number of people killed since May."
    assert ("killed", "all", 11) in claim_fields(text, "en", FIELDS)
