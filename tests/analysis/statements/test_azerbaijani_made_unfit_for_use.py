"""Azerbaijani "yararsız hala düşüb" (became unfit for use) of homes and buildings says they
are as good as destroyed, what only things suffer; damage ("zədələnib") is not. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "qualifier"))


def test_homes_made_unfit_for_use():
    text = "Daşqın nəticəsində 60-dan artıq yaşayış evi yararsız hala düşüb."
    assert _read(text) == [("property_destroyed", "homes", 60, "at_least")]


def test_near_miss_homes_damaged():
    text = "Atəş nəticəsində 25 ev zədələnib, 2 nəfər yaralanıb."
    assert _read(text) == [("injured", "all", 2, "exact")]
