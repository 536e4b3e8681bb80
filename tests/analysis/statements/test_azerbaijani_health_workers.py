"""Azerbaijani "səhiyyə işçisi" (a worker of public health) names medical workers, as "tibb
işçisi" does, in every case and in the ablative before a part. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_health_workers_counted():
    text = "Klinikaya endirilən zərbə nəticəsində 4 səhiyyə işçisi yaralanıb."
    assert _read(text) == [("injured", "medical workers", 4, None)]


def test_of_the_health_workers_two_parts():
    text = "Zərbə zamanı səhiyyə işçilərindən 2-si həlak olub, 5-i yaralanıb."
    assert _read(text) == [
        ("killed", "medical workers", 2, None),
        ("injured", "medical workers", 5, None),
    ]


def test_near_miss_the_ministry_of_health_counts_everyone():
    text = "Səhiyyə Nazirliyinin məlumatına görə, 6 nəfər yaralanıb."
    assert _read(text) == [("injured", "all", 6, None)]
