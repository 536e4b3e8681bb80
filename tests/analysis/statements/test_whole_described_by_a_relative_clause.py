"""A whole described by a relative clause ("Of the 2,000 people who were detained, …"): the
verb after "who" is the whole's, never its part's; a part with a verb of no act of ours
("150 have been charged") is no figure. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize(
    "text",
    [
        "Of the 1,800 people who were detained, 140 have been charged.",
        "Of the 1,800 people who were detained, only 140 have been charged.",
    ],
)
def test_the_verb_of_the_relative_clause_is_the_whole_s(text):
    assert claim_fields(text, "en", FIELDS) == [("detained", 1800, None)]


def test_near_miss_a_part_with_an_act_of_its_own_is_a_part():
    text = "Of the 1,800 people who were detained, only 140 were released."
    assert claim_fields(text, "en", FIELDS) == [("detained", 1800, None), ("released", 140, 0)]


def test_money_in_manats_is_no_count_of_persons():
    text = "The two women were released on bail of 5,000 manats each."
    assert claim_fields(text, "en", ("category", "count")) == [("released", 2)]
