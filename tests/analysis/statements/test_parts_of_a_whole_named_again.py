"""A part of a whole that repeats an earlier figure's number ("Of the 300, 58 were women")
and names no fate of its own counts what befell that figure, as its part. Sentences written
here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Border guards detained 300 migrants near Ostwick. Of the 300, 58 were women.",
            "en",
            [("detained", "all", 300, None), ("detained", "women", 58, 0)],
        ),
        (
            "Divers brought up the remains of 38 people from the reservoir. Of the 38, 21 "
            "were men.",
            "en",
            [("found_dead", "all", 38, None), ("found_dead", "men", 21, 0)],
        ),
        (
            "The clinic recorded 203 cases of torture last year. Of these 203 victims, 149 were men.",
            "en",
            [("tortured", "all", 203, None), ("tortured", "men", 149, 0)],
        ),
        (
            "На складе задержаны 52 рабочих. Из этих 52 человек 30 — женщины.",
            "ru",
            [("detained", "all", 52, None), ("detained", "women", 30, 0)],
        ),
    ],
)
def test_a_part_of_a_whole_named_again_counts_its_fate(text, language, expected):
    fields = ("category", "subgroup", "count", "parent")
    assert claim_fields(text, language, fields) == expected
