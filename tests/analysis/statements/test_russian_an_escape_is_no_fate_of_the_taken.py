"""Hostages who escaped («шестеро из них с тех пор сбежали», «удалось бежать») were freed by
no one: no figure, and no part that takes the hostages' capture. A phrase of time of several
words («с тех пор») stands between a part and its verb as an adverb does. Residents who fled
(«бежали» alone) stay displaced. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

TAKEN = ("captured", "all", 25, None, None, "exact", None)


@pytest.mark.parametrize(
    "text",
    [
        "Боевики захватили 25 заложников; шестеро из них с тех пор сбежали.",
        "Боевики захватили 25 заложников; шестерым из них позже удалось бежать.",
    ],
)
def test_the_escaped_are_no_figure(text):
    assert claim_fields(text, "ru") == [TAKEN]


def test_the_freed_after_a_phrase_of_time_are_released():
    assert claim_fields(
        "Боевики захватили 25 заложников; шестеро из них с тех пор освобождены.", "ru"
    ) == [TAKEN, ("released", "all", 6, None, None, "exact", 0)]


def test_residents_who_fled_are_displaced():
    assert claim_fields("Из города бежали 300 жителей.", "ru") == [
        ("displaced", "all", 300, None, None, "exact", None)
    ]
