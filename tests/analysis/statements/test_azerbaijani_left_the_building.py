"""Azerbaijani: leaving the block of flats one lived in ("yaşayış binasını tərk edib",
"binanı tərk edib") is leaving one's home, displacement, as "evlərini tərk edib" is; the
building may stand before the persons too. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "qualifier"))


@pytest.mark.parametrize(
    "text",
    [
        "Mərmi düşəndən sonra 75 sakin yaşayış binasını tərk edib.",
        "Mərmi düşəndən sonra 75 sakin binanı tərk edib.",
        "Mərmi düşəndən sonra 75 sakin binanı və ətraf evləri tərk edib.",
        "Mərmi düşəndən sonra binanı 75 sakin tərk edib.",
    ],
)
def test_residents_who_left_the_building_are_displaced(text):
    assert _read(text) == [("displaced", 75, "exact")]


def test_a_building_destroyed_is_no_leaving():
    assert claim_fields(
        "Mərmi düşəndən sonra 3 yaşayış binası dağılıb.", "az", ("category", "subgroup", "count")
    ) == [("property_destroyed", "homes", 3)]
