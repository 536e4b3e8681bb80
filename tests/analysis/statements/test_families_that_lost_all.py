"""Families said to have lost all their members are families with no survivor, in the three
languages; a person who lost all his family is no count of families. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Eleven families lost all their members in the shelling.", "en"),
        ("При обстреле одиннадцать семей потеряли всех своих членов.", "ru"),
        ("Atəş nəticəsində on bir ailə bütün üzvlərini itirib.", "az"),
        ("On bir ailənin bütün üzvləri həlak olub.", "az"),
    ],
)
def test_families_with_no_member_left(text, language):
    assert claim_fields(text, language, FIELDS) == [("families_wiped_out", 11)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Он потерял всех членов семьи при обстреле.", "ru"),
        ("Kənd təsərrüfatı birliyi bütün üzvlərini itirib.", "az"),
    ],
)
def test_near_miss_no_count_of_families(text, language):
    assert claim_fields(text, language, FIELDS) == []
