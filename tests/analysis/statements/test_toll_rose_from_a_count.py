"""A toll that rose "from" one count "to" another gives both as tolls, whether the toll
names its dead or not, and an adverb of time after the new count ("overnight", "today") is
no noun of it. The "by" of a rise gives the change, no toll. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count", "parent"))


@pytest.mark.parametrize(
    "text",
    [
        "The toll rose from 18 to 27 on Sunday, the mayor said.",
        "The death toll climbed from 18 to 27 overnight.",
        "The toll has risen from 18 to 27 today.",
    ],
)
def test_both_counts_of_the_rise_are_tolls(text):
    assert _read(text) == [("killed", 18, None), ("killed", 27, None)]


def test_the_change_by_which_it_rose_is_no_toll():
    assert _read("The toll rose by 9 to 27 on Sunday.") == [("killed", 27, None)]
