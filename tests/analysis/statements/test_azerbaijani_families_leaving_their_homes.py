"""Azerbaijani families who left or lost their homes ("ailə evlərini tərk edib") are counted
as families, not read as "family homes" (izafet), which a verb of leaving or losing rules
out. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "qualifier"))


def test_families_forced_to_leave_their_homes():
    text = "Ən azı 1 200 ailə evlərini tərk etmək məcburiyyətində qalıb."
    assert _read(text) == [("displaced", "families", 1200, "at_least")]


def test_families_who_lost_their_homes():
    assert _read("Daşqından sonra 85 ailə evini itirib.") == [
        ("displaced", "families", 85, "exact")
    ]


def test_near_miss_family_homes_destroyed():
    text = "Atəş nəticəsində 40 ailə evi dağıdılıb."
    assert _read(text) == [("property_destroyed", "homes", 40, "exact")]
