"""Persons who moved away from where they lived, were moved out of their homes for a while,
were evacuated by someone named in the active voice or left the town or camp they lived in are
displaced; "moved on" from this world (az "dünyadan köçüb") is death. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "qualifier"))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Since the floods, about 450 people have left the town of Orrin.",
            "en",
            ("displaced", "all", 450, "about"),
        ),
        (
            "At least 70 families left the camp at Desh after the raid.",
            "en",
            ("displaced", "families", 70, "at_least"),
        ),
        (
            "Из двух аварийных подъездов временно отселены 96 жильцов.",
            "ru",
            ("displaced", "all", 96, "exact"),
        ),
        (
            "Atəşdən sonra kənddən 80 ailə rayon mərkəzinə köçüb.",
            "az",
            ("displaced", "families", 80, "exact"),
        ),
        (
            "Qəsəbədən 300-ə yaxın sakin qonşu kəndə köçür.",
            "az",
            ("displaced", "all", 300, "about"),
        ),
        (
            "Fövqəladə Hallar Nazirliyi sahil kəndlərindən 1 200 sakini təxliyə edib.",
            "az",
            ("displaced", "all", 1200, "exact"),
        ),
    ],
)
def test_moving_away_or_being_moved_out_is_displacement(text, language, expected):
    assert _read(text, language) == [expected]


def test_moving_on_from_this_world_is_death_not_displacement():
    text = "Yanğın zamanı kənddə 2 nəfər dünyadan köçüb."
    assert [c[0] for c in _read(text, "az")] == ["killed"]


def test_leaving_a_building_is_no_displacement():
    assert _read("Twelve patients left the hospital on Monday.", "en") == []
