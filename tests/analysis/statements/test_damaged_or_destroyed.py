"""Things "damaged or destroyed", told together, are counted as destroyed property, and every
count joined to them shares the verb; damage alone is no figure. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "qualifier"))


def test_english_counts_joined_before_damaged_or_destroyed():
    text = "Over 1,500 houses and nine clinics were damaged or destroyed in the storm of shells."
    assert _read(text, "en") == [
        ("property_destroyed", "homes", 1500, "at_least"),
        ("property_destroyed", "health facilities", 9, "exact"),
    ]


def test_azerbaijani_counts_joined_before_damaged_or_destroyed():
    text = "Atəş nəticəsində 300-dən çox ev və 6 məktəb zədələnib və ya dağıdılıb."
    assert _read(text, "az") == [
        ("property_destroyed", "homes", 300, "at_least"),
        ("property_destroyed", "schools", 6, "exact"),
    ]


def test_near_miss_damaged_alone_is_no_figure():
    assert _read("Some 70 houses were damaged by the blast.", "en") == []
    assert _read("Partlayış nəticəsində 70 ev zədələnib.", "az") == []
