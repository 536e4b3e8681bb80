"""Azerbaijani "uşaqlara qarşı 40 işgəncə faktı" (40 cases of torture against children): acts
counted after the group, in the dative before "qarşı", befell that group. A count with no group
before it stays everyone's. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_cases_of_torture_against_children():
    text = "Təşkilat 2024-cü ildə uşaqlara qarşı 75 işgəncə faktını sənədləşdirib."
    assert claim_fields(text, "az", FIELDS) == [("tortured", "children", 75, None)]


def test_cases_against_women():
    text = "Komissiya qadınlara qarşı 31 işgəncə halını qeydə alıb."
    assert claim_fields(text, "az", FIELDS) == [("tortured", "women", 31, None)]


def test_near_miss_no_group_before_the_count():
    text = "Təşkilat 2024-cü ildə 75 işgəncə faktını sənədləşdirib."
    assert claim_fields(text, "az", FIELDS) == [("tortured", "all", 75, None)]
