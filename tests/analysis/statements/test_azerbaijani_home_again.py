"""Azerbaijani "evinə/evlərinə qayıdıb" (came home again) is a release only of persons who
were held or taken; of the displaced, or of persons with no such whole, it is no figure of
ours, as "qayıdıb" (came back) alone already was. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "parent"))


def test_the_displaced_home_again_are_no_figure():
    text = "Yay aylarında rayonun 2 mindən çox sakini öz evlərinə qayıdıb."
    assert _read(text) == []


def test_near_miss_the_taken_home_again_are_released():
    text = "Girov götürülən 14 nəfərdən 6-sı evlərinə qayıdıb."
    assert _read(text) == [("captured", 14, None), ("released", 6, 0)]
