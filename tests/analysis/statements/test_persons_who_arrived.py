"""Persons who arrived somewhere, counted before "arrived", or who registered at a camp, have
left their homes (displaced); a count after "arrived" in its clause is of how or when they
came. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count"))


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Aid workers say some 1,200 people arrived in Tamar over the past two days.", 1200),
        ("About 450 people have arrived at the school in Lisk since Friday.", 450),
        ("More than 700 people have registered at the Owen reception centre.", 700),
    ],
)
def test_persons_who_arrived_or_registered_are_displaced(text, count):
    assert _read(text) == [("displaced", count)]


@pytest.mark.parametrize(
    "text",
    [
        "The raiders, who arrived in three jeeps, set fire to the mill.",
        "The convoy arrived at the border post with 40 tonnes of flour.",
        "When we arrived, the square was empty.",
    ],
)
def test_a_count_after_arrived_is_not_of_those_who_arrived(text):
    assert _read(text) == []
