"""A share between commas after the counted persons restates their number as a part of a
whole; the predicate after it is still the count's. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "More than 9,000 people, roughly a third of the island's population, were evacuated.",
            [("displaced", "all", 9000)],
        ),
        (
            "Some 700 pupils, nearly 40 per cent of those enrolled in 2019, fled abroad.",
            [("displaced", "children", 700)],
        ),
        (
            "About 260 fishermen, close to half the harbour's crews, were detained at sea.",
            [("detained", "fishermen", 260)],
        ),
    ],
)
def test_the_predicate_after_a_share_is_the_counts(text, expected):
    assert _read(text) == expected
