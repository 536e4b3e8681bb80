"""English names an act by a noun with its time before its object: "the eviction in August
2024 of 2,400 residents", "the release on 2 March of 29 fishermen" count the evicted and the
released as "the eviction of 2,400" does; an eviction feared where persons live counts no
one. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count", "qualifier"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mission deplores the eviction in March 2022 of some 650 residents of Dorn.",
            ("displaced", 650, "about"),
        ),
        (
            "The mission deplores the eviction on 4 June of 650 residents.",
            ("displaced", 650, "exact"),
        ),
        ("The mission welcomes the release on 9 April of 37 prisoners.", ("released", 37, "exact")),
    ],
)
def test_an_act_with_its_time_before_its_object(text, expected):
    assert _read(text) == [expected]


def test_an_eviction_feared_where_persons_live_counts_no_one():
    text = "Families fear eviction in the village of Dorn, home to 650 people."
    assert _read(text) == []
