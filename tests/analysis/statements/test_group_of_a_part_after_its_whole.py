"""A part named before its counted whole, with a group after the copula ("Nine of the 40 dead
were children", «Шестеро из 40 погибших были детьми»): the group is the part's, not the
whole's. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "qualifier", "parent")


@pytest.mark.parametrize(
    ("text", "language", "category", "group"),
    [
        ("Six of the 40 people killed in the siege were children.", "en", "killed", "children"),
        ("Six of the 40 hostages were women.", "en", "captured", "women"),
        ("Шестеро из 40 погибших были детьми.", "ru", "killed", "children"),
    ],
)
def test_the_group_is_the_part_s(text, language, category, group):
    assert claim_fields(text, language, FIELDS) == [
        (category, group, 6, "exact", 1),
        (category, "all", 40, "exact", None),
    ]


def test_the_whole_named_again_gives_its_group_to_no_one():
    text = "The siege took 40 lives. Six of the 40 dead were children."
    assert claim_fields(text, "en", FIELDS) == [
        ("killed", "all", 40, "exact", None),
        ("killed", "children", 6, "exact", 0),
    ]


def test_near_miss_a_place_after_the_copula_names_no_group():
    assert claim_fields("Six of the 40 people killed were from Dorn.", "en", FIELDS) == [
        ("killed", "all", 6, "exact", 1),
        ("killed", "all", 40, "exact", None),
    ]


def test_near_miss_a_fate_after_the_copula_is_the_part_s_own():
    assert claim_fields("Six of the 40 hostages were released.", "en", FIELDS) == [
        ("released", "all", 6, "exact", 1),
        ("captured", "all", 40, "exact", None),
    ]
