"""Seasons counted are spans of time, no persons ("over two winters"). Sentences written
here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The shelter logged 88 cases of torture over two winters.",
            [("tortured", "all", 88)],
        ),
        ("Across three summers of raids, 61 farmers were abducted.", [("captured", "all", 61)]),
    ],
)
def test_seasons_counted_are_no_persons(text, expected):
    assert claim_fields(text, "en", ("category", "subgroup", "count")) == expected
