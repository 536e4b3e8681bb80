"""Russian: the preposition of the counted noun's case stands between «чем» and the number
(«не менее чем к 46 задержанным», «более чем у 30 человек»); the qualifier still holds.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Охрана применяла пытки не менее чем к 25 заключённым.", ("tortured", 25, "at_least")),
        ("Более чем у 30 жителей посёлка диагностированы ранения.", ("injured", 30, "at_least")),
        ("Пытки применялись к 25 заключённым.", ("tortured", 25, "exact")),
    ],
)
def test_the_qualifier_holds_across_the_preposition(text, expected):
    assert claim_fields(text, "ru", ("category", "count", "qualifier")) == [expected]
