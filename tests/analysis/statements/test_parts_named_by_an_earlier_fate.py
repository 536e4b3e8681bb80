"""A part named by what its persons were before the whole's fate ("20 people were released,
including 5 hostages", "o cümlədən 11 siyasi məhbus") met that fate with the rest of the
whole: it is a part of the released, not a figure of the captured. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "count", "parent"))


def test_hostages_among_the_released():
    text = "Thirty-two people were released on Sunday, including 6 hostages."
    assert _read(text, "en") == [("released", 32, None), ("released", 6, 0)]


def test_azerbaijani_prisoners_among_the_released():
    text = "Əfv fərmanı ilə 48 nəfər azad edilib, o cümlədən 9 siyasi məhbus."
    assert _read(text, "az") == [("released", 48, None), ("released", 9, 0)]


def test_near_miss_hostages_counted_apart():
    text = "Thirty-two people were released on Sunday. Six hostages are still held."
    assert _read(text, "en") == [("released", 32, None), ("captured", 6, None)]
