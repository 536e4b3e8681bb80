"""Where it happened is no count: "in 9 villages", «в 9 сёлах», "at 3 police stations".
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count"))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("In 9 villages, 310 houses were burned.", "en", [("property_destroyed", "homes", 310)]),
        (
            "Students were detained at 3 police stations; 44 remain in custody.",
            "en",
            [("detained", "all", 44)],
        ),
        ("В 9 сёлах сожжено 310 домов.", "ru", [("property_destroyed", "homes", 310)]),
    ],
)
def test_a_count_of_places_where_it_happened_is_no_count(text, language, expected):
    assert figures(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("In 12 families nobody survived.", "en", [("families_wiped_out", "all", 12)]),
        ("The clashes resulted in 7 deaths.", "en", [("killed", "all", 7)]),
        ("Останки обнаружены в 5 местах.", "ru", [("burial_sites", "all", 5)]),
    ],
)
def test_families_acts_and_sites_stay_counts(text, language, expected):
    assert figures(text, language) == expected
