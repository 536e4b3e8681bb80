"""Parts listed after "of them" with a noun of their own go on past that noun ("212 of them
civilians and 31 soldiers"), and members of an armed force named are servicemen ("31 members
of the National Guard"). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    "text",
    [
        "In all 243 people were killed, 212 of them civilians and 31 soldiers.",
        "In all 243 people were killed, 212 of them civilians and 31 members of the National "
        "Guard.",
    ],
)
def test_the_list_goes_on_past_the_noun_of_the_first_part(text):
    assert claim_fields(text, "en", ("category", "subgroup", "count", "parent")) == [
        ("killed", "all", 243, None),
        ("killed", "civilians", 212, 0),
        ("killed", "servicemen", 31, 0),
    ]


def test_members_of_the_armed_forces_are_servicemen():
    text = "Six members of the armed forces were wounded."
    assert claim_fields(text, "en", ("category", "subgroup", "count")) == [
        ("injured", "servicemen", 6)
    ]
