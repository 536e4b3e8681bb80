"""Persons put up somewhere right after a count of the displaced ("… are housed in a school",
"… are sheltering in a church") are some of them, not a flight of their own. Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize(
    "text",
    [
        "About 2,500 people were forced from their homes by the floods; some 700 are housed in "
        "three schools.",
        "Nearly 800 residents fled the shelling. 230 people are sheltering in the cathedral.",
    ],
)
def test_the_sheltered_are_a_part(text):
    found = claim_fields(text, "en", FIELDS)
    assert [f[2] for f in found] == [None, 0]
    assert {f[0] for f in found} == {"displaced"}


def test_near_miss_more_sheltered_than_fled():
    text = "About 30 people fled the village. 45 people are housed in a sports hall."
    assert [f[2] for f in claim_fields(text, "en", FIELDS)] == [None, None]


def test_near_miss_families_and_persons():
    text = "About 300 families fled the town; 45 people are housed in a sports hall."
    assert [f[2] for f in claim_fields(text, "en", FIELDS)] == [None, None]


def test_the_sheltered_after_parts_are_of_their_whole():
    text = (
        "Since May, 12,000 residents fled the upland villages. Of them, 5,100 are children and 300 "
        "are over 70.\n9,000 people are housed in the two camps."
    )
    assert claim_fields(text, "en", ("category", "subgroup", "count", "parent")) == [
        ("displaced", "all", 12000, None),
        ("displaced", "children", 5100, 0),
        ("displaced", "elderly", 300, 0),
        ("displaced", "all", 9000, 0),
    ]


def test_near_miss_families_after_parts_of_persons():
    text = (
        "Since May, 12,000 residents fled the upland villages. Of them, 5,100 are children. "
        "About 900 families are housed in the two camps."
    )
    found = claim_fields(text, "en", ("category", "subgroup", "count", "parent"))
    assert ("displaced", "families", 900, None) in found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "About 3,000 residents fled the fighting. Of them, 1,200 are children and 400 "
            "elderly. 950 people are housed in two schools.",
            "en",
        ),
        (
            "Daşqından sonra 5.000 nəfər yerindən edilib. Onlardan 2.100-ü uşaqdır, 900-ü "
            "yaşlıdır. 1.800 nəfər məktəblərdə yerləşdirilib.",
            "az",
        ),
    ],
)
def test_the_sheltered_after_a_breakdown_are_of_its_whole(text, language):
    found = claim_fields(text, language, FIELDS)
    assert found[0][2] is None
    assert found[-1] == ("displaced", found[-1][1], 0)
