"""A hedging aside between commas ("presumably", «предположительно», "ehtimal ki") only comments
on what is said: the count after it is read as without it. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "count", "qualifier")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Under the rubble of the depot, presumably, remain up to 25 workers.", "en"),
        ("Under the rubble of the depot, reportedly, remain up to 25 workers.", "en"),
        ("Под обломками склада, предположительно, находятся до 25 рабочих.", "ru"),
        ("Под обломками склада, возможно, находятся до 25 рабочих.", "ru"),
        ("Anbarın dağıntıları altında, ehtimal ki, 25-ə qədər işçi qalır.", "az"),
    ],
)
def test_a_count_reads_across_a_hedge(text, language):
    assert claim_fields(text, language, _FIELDS) == [("missing", 25, "at_most")]
