"""A part that takes up its whole's noun by "those of" ("80 bodies, including those of 11
women", "the remains of 40 people, among them those of six children") is a part of that
whole, as "including 11 women" is. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "Investigators exhumed 80 bodies from a pit, including those of 11 women and four "
            "children.",
            [("found_dead", "women", 11, 0), ("found_dead", "children", 4, 0)],
        ),
        (
            "The remains of 40 people were recovered, among them those of six children.",
            [("found_dead", "children", 6, 0)],
        ),
    ],
)
def test_a_part_named_as_those_of_is_a_part_of_the_whole(text, parts):
    assert claim_fields(text, "en", _FIELDS)[1:] == parts


def test_those_of_another_count_is_no_part_of_the_bodies():
    text = (
        "Investigators exhumed 80 bodies. Samples were taken from 200 relatives, including "
        "those of 11 women."
    )
    assert claim_fields(text, "en", _FIELDS) == [("found_dead", "all", 80, None)]
