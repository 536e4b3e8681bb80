"""Irregular participles of a fate ("the beaten", "the hurt") name a whole after "of the" as
regular ones do ("of the detained"): "Nine of the beaten suffered fractures" is a part of the
beaten with its own act, injured. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_a_part_of_the_beaten_with_its_own_act():
    text = "Guards beat at least 30 inmates. Nine of the beaten inmates suffered fractures."
    assert ("injured", "all", 9, 0) in claim_fields(text, "en", FIELDS)


def test_a_part_of_the_beaten_named_by_its_group():
    text = "Guards beat 30 inmates. Of the beaten, nine were women."
    assert ("tortured", "women", 9, 0) in claim_fields(text, "en", FIELDS)


def test_near_miss_a_regular_participle():
    text = "Police detained 50 people. 12 of the detained were released."
    assert ("released", "all", 12, 0) in claim_fields(text, "en", FIELDS)


def test_bones_broken_are_injuries():
    text = "Guards beat no fewer than 21 detainees. Seven of the beaten detainees suffered broken ribs."
    assert ("injured", "all", 7, 0) in claim_fields(text, "en", FIELDS)


def test_bones_broken_in_a_participle_clause_are_injuries():
    text = "Guards beat 26 of the students, three of them sustaining broken ribs."
    assert claim_fields(text, "en", FIELDS) == [
        ("tortured", "students", 26, None),
        ("injured", "students", 3, 0),
    ]


def test_near_miss_windows_broken_hurt_no_one():
    assert claim_fields("The blast broke windows in the school.", "en", FIELDS) == []
