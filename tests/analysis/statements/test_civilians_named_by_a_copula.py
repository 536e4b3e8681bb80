"""A part named civilians by a copula ("Of them, 1,450 are civilians and 850 soldiers") is
counted by that word, as one named women is: the count with the copula left out after "and"
is a part of the same whole, and the side it is set against makes the civilians a subgroup.
A count after "and" with a verb of its own is no part. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some 2,300 people remain unaccounted for. Of them, 1,450 are civilians and 850 "
            "soldiers.",
            [("missing", "civilians", 1450, 0), ("missing", "servicemen", 850, 0)],
        ),
        (
            "The attack killed 52 people; 30 were civilians and 22 members of the armed forces.",
            [("killed", "civilians", 30, 0), ("killed", "servicemen", 22, 0)],
        ),
    ],
)
def test_civilians_after_a_copula_and_the_other_side_are_parts(text, expected):
    assert claim_fields(text, "en", _FIELDS)[1:] == expected


def test_a_count_after_and_with_a_verb_of_its_own_is_no_part():
    text = (
        "Some 2,300 people remain unaccounted for. Of them, 1,450 are civilians and 850 "
        "families were displaced."
    )
    assert claim_fields(text, "en", _FIELDS)[1:] == [
        ("missing", "civilians", 1450, 0),
        ("displaced", "families", 850, None),
    ]
