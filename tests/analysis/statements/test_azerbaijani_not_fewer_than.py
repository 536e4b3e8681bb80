"""Azerbaijani "-dən az deyil" / "-dən az olmayaraq" (not fewer than) bounds a count from
below; "-dən az" and "-dən azdır" (fewer than) from above. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier")


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Hüquq müdafiəçilərinə görə, saxlanılanların sayı 70-dən az deyil.", "at_least"),
        ("Aksiyada 70 nəfərdən az olmayaraq adam saxlanılıb.", "at_least"),
        ("Rəsmi məlumata görə, saxlanılanların sayı 70-dən azdır.", "at_most"),
        ("Aksiyada 70 nəfərdən az adam saxlanılıb.", "at_most"),
    ],
)
def test_bounds_of_the_count(text: str, qualifier: str) -> None:
    assert claim_fields(text, "az", FIELDS) == [("detained", 70, qualifier)]
