"""Persons taken and "not released" are still held: with no whole to be part of, the participle
of taking in their own clause gives how ("three aid workers abducted in May have not been
released" is captured 3). "Qızıl Aypara" (the Red Crescent) names no girls. Sentences written
here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Four volunteers abducted near Tarn in June have still not been released.", "en"),
        ("Четверо волонтёров, похищенных под Тарном в июне, до сих пор не освобождены.", "ru"),
        ("İyunda Tarn yaxınlığında girov götürülmüş 4 könüllü hələ də azad edilməyib.", "az"),
    ],
)
def test_taken_and_not_released_are_held(text, language):
    assert _read(text, language) == [("captured", "volunteers", 4, None)]


def test_the_red_crescent_names_no_girls():
    text = "Tarn yaxınlığında Qızıl Aypara konvoyuna atəş açılıb, 3 nəfər yaralanıb."
    assert _read(text, "az") == [("injured", "all", 3, None)]
