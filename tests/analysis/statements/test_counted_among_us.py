"""A witness's count of "us" takes what was done to "us", wherever "us" and the copula stand
beside the count: before it («В подвале нас было сорок»), or after it, the count with its
noun put first as an approximation («Человек сорок нас там было»). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "count", "qualifier"))


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Нас взяли в заложники и заперли в спортзале. Нас там было сорок человек.", "exact"),
        ("Нас взяли в заложники и заперли в спортзале. Человек сорок нас там было.", "about"),
    ],
)
def test_a_count_of_us_with_us_before_or_after_it(text, qualifier):
    assert figures(text, "ru") == [("captured", 40, qualifier)]


def test_a_count_with_us_after_it_and_nothing_done_to_us_is_no_figure():
    assert figures("Человек сорок нас там было.", "ru") == []
