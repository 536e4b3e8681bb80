"""Counts of other times joined by "and" after a compared count ("up from 20 on Monday and 11
on Sunday") each compare the same figure at another time, even where a list of references
would take the number after "and" ("in Update No. 4 and 6 in the first reports": the 6 is
followed by the same preposition as the compared 20). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("At least 31 people were killed, up from 20 on Monday and 11 on Sunday.", [31, 20, 11]),
        (
            "Officials now report 44 people injured, up from 30 in Situation Report No. 4 and "
            "12 in the first reports.",
            [44, 30, 12],
        ),
    ],
)
def test_counts_of_other_times_joined(text, counts):
    found = claim_fields(text, "en", FIELDS)
    assert [f[1] for f in found] == counts
    assert {f[0] for f in found} == {found[0][0]}


def test_near_miss_a_list_of_references():
    text = "Officials now report 44 people injured, up from 30 in Situation Reports No. 4 and 6."
    assert [f[1] for f in claim_fields(text, "en", FIELDS)] == [44, 30]


def test_near_miss_a_count_of_its_own_after_and():
    text = "At least 31 people were killed, up from 20 on Monday, and 11 people were injured."
    assert ("injured", 11) in claim_fields(text, "en", FIELDS)
