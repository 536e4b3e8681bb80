"""Clinics and polyclinics are health facilities, not hospitals; a table row naming hospitals
and clinics together counts health facilities, the kind that holds both. Sentences written
here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def kinds(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The air raid destroyed 2 hospitals and 3 clinics in the district.", "en"),
        ("Авиаудар разрушил в районе 2 больницы и 3 поликлиники.", "ru"),
        ("Hava zərbəsi rayonda 2 xəstəxananı və 3 poliklinikanı dağıdıb.", "az"),
    ],
)
def test_clinics_are_health_facilities(text, language):
    assert kinds(text, language) == [
        ("property_destroyed", "hospitals", 2),
        ("property_destroyed", "health facilities", 3),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Facility | Destroyed | Damaged\nHospitals and clinics | 3 | 8\nSchools | 5 | 11", "en"),
        ("Объект | Разрушено | Повреждено\nБольницы и поликлиники | 3 | 8\nШколы | 5 | 11", "ru"),
        ("Obyekt | Dağıdılıb | Zədələnib\nXəstəxanalar və poliklinikalar | 3 | 8\nMəktəblər | 5 | 11",
         "az"),
    ],
)  # fmt: skip
def test_a_row_of_hospitals_and_clinics_counts_health_facilities(text, language):
    assert kinds(text, language) == [
        ("property_destroyed", "health facilities", 3),
        ("property_destroyed", "schools", 5),
    ]
