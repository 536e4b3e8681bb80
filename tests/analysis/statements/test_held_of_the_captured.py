"""A part of captives said to be held («остальные по-прежнему удерживаются», "hələ də
saxlanılır") is captive still, not detained. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "count", "parent"))


def test_russian_rest_of_hostages_held():
    text = "Боевики захватили в заложники 12 паломников; семерых отпустили, остальные пятеро удерживаются до сих пор."
    assert _read(text, "ru") == [("captured", 12, None), ("released", 7, 0), ("captured", 5, 0)]


def test_azerbaijani_rest_of_the_abducted_held():
    text = (
        "Silahlılar 12 zəvvarı girov götürüb; yeddisi azad edilib, qalan beşi hələ də saxlanılır."
    )
    assert _read(text, "az")[2] == ("captured", 5, 0)


def test_near_miss_rest_of_the_arrested_held():
    text = "Полиция задержала 12 активистов; семерых отпустили, остальные пятеро удерживаются до сих пор."
    assert _read(text, "ru")[2] == ("detained", 5, 0)
