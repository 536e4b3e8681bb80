"""A toll that rose from one count to another with an aside between them ("has risen from 61,
as stated in Bulletin No. 4, to 75"): the "to" after the aside gives the count now, as it
does with none, and parts said after it are of that count. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


@pytest.mark.parametrize(
    "text",
    [
        "The number of people killed has risen from 61, as stated in Bulletin No. 4, to 75.",
        "The toll rose from 61, according to the district council, to 75.",
    ],
)
def test_the_count_after_the_aside_is_the_toll_now(text):
    found = claim_fields(text, "en", FIELDS)
    assert ("killed", "all", 61) in found
    assert ("killed", "all", 75) in found


def test_a_part_after_it_is_of_the_toll_now():
    text = (
        "The number of people killed has risen from 61, as we reported on Monday, to 75. "
        "At least 12 of the dead are women."
    )
    found = claim_fields(text, "en", ("count", "parent"))
    assert (12, 1) in found


def test_near_miss_an_aside_after_no_change():
    text = "Police detained 40, as reported on Monday, to the station."
    assert claim_fields(text, "en", FIELDS) == [("detained", "all", 40)]
