"""Azerbaijani "açıq havada qalıb", "açıq səma altında qalıb" (left out in the open) after a
fire or a quake: persons who lost their shelter, displaced as "evsiz qalıb" (left homeless)
is; waiting out of doors is no such thing. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier")


def test_hundreds_left_in_the_open_are_displaced():
    text = "Düşərgədə yanğın olub. Yanğından sonra yüzlərlə insan açıq havada qalıb."
    assert claim_fields(text, "az", FIELDS) == [("displaced", None, "vague")]


def test_under_the_open_sky_as_well():
    text = "Zəlzələdən sonra 300-dən çox sakin açıq səma altında qalıb."
    assert claim_fields(text, "az", FIELDS) == [("displaced", 300, "at_least")]


def test_near_miss_waiting_out_of_doors_is_no_figure():
    text = "Aksiya iştirakçıları 3 saat açıq havada gözləyiblər."
    assert claim_fields(text, "az", FIELDS) == []
