"""A count of the released is a part of the held counted before it only if it fits in them:
"bringing the total returned from captivity since 2022 to 240" after "15 were taken" counts
others too (a running total), no part of the 15. Nine released after fifteen taken are of
them. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ötən həftə 15 nəfər girov götürülüb. Bununla da 2022-ci ildən bəri əsirlikdən "
         "qaytarılanların sayı 240-a çatıb.", "az"),
        ("Militants seized 15 villagers last week. Since 2022, 240 have been released.", "en"),
    ],
)  # fmt: skip
def test_a_running_total_of_the_released_is_no_part(text, language):
    assert claim_fields(text, language, ("category", "count", "parent")) == [
        ("captured", 15, None),
        ("released", 240, None),
    ]


def test_near_miss_the_released_who_fit_are_a_part():
    text = "Ötən həftə 15 nəfər girov götürülüb. Əsirlikdən qaytarılanların sayı 9-a çatıb."
    assert claim_fields(text, "az", ("category", "count", "parent")) == [
        ("captured", 15, None),
        ("released", 9, 0),
    ]
