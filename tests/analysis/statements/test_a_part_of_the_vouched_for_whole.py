"""A part named by the whole's act with a word of how the count is known before it ("12 of
the verified deaths were children", "of the registered wounded") is a part of that whole, as
"12 of the deaths" is. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "subgroup", "count", "qualifier", "parent")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "Between 60 and 70 civilians were killed. No fewer than 12 of the verified deaths "
            "were children.",
            ("killed", "children", 12, "at_least", 0),
        ),
        (
            "The clinic treated 130 wounded people; 17 of the registered wounded were children.",
            ("injured", "children", 17, "exact", 0),
        ),
    ],
)
def test_a_part_of_the_vouched_for_whole_is_its_part(text, part):
    assert claim_fields(text, "en", _FIELDS)[-1] == part


def test_a_vouched_for_thing_that_is_no_act_makes_no_part():
    text = "At least 48 people were killed. 12 of the verified videos showed children."
    assert claim_fields(text, "en", _FIELDS) == [("killed", "all", 48, "at_least", None)]
