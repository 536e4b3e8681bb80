"""An exchange's own words "Those returned are …", "Among those returned are …" name the
released counted before: the counts after them, joined by "and", are its parts, as long as
they fit in it. Persons who returned somewhere of themselves are left alone. Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")
EXCHANGE = "In the exchange, 95 of our people came home. "


@pytest.mark.parametrize(
    "breakdown",
    ["Those returned are 80 soldiers and 15 civilians.",
     "Among those returned are 80 soldiers and 15 civilians."],
)  # fmt: skip
def test_the_breakdown_is_of_the_released(breakdown):
    found = claim_fields(EXCHANGE + breakdown, "en", FIELDS)
    assert ("released", "servicemen", 80, 0) in found
    assert ("released", "civilians", 15, 0) in found


def test_near_miss_parts_too_large_for_the_whole():
    found = claim_fields(
        EXCHANGE + "Those returned are 80 soldiers and 30 civilians.", "en", FIELDS
    )
    assert ("released", "servicemen", 80, 0) in found
    assert not [f for f in found if f[2] == 30 and f[3] == 0]


def test_near_miss_persons_who_returned_somewhere():
    text = "Refugees are coming back. Those returned to Vashtar are 300 families."
    assert claim_fields(text, "en", FIELDS) == []


def test_a_part_of_the_returned_with_a_predicate_of_its_own():
    text = EXCHANGE + "12 of the returned are in serious condition."
    assert ("injured", "all", 12, 0) in claim_fields(text, "en", FIELDS)


def test_near_miss_refugees_who_came_back():
    text = "Thousands of refugees came back in May. 12 of the returned found their homes destroyed."
    assert claim_fields(text, "en", FIELDS) == []
