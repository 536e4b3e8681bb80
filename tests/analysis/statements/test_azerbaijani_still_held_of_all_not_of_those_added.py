"""Azerbaijani: those still held ("Hazırda 60 nəfər həbsdədir") remain of all who were held,
not of a count added to them with "daha" (more) just before. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "parent"))


def test_still_held_past_a_count_added():
    text = (
        "Mitinqdən sonra 210 nəfər saxlanılıb. Növbəti gün daha 35 nəfər saxlanılıb. "
        "Hazırda 60 nəfər həbsdədir."
    )
    assert _read(text) == [("detained", 210, None), ("detained", 35, None), ("detained", 60, 0)]


def test_still_held_of_the_total():
    text = "Mitinqdən sonra 210 nəfər saxlanılıb. Hazırda 60 nəfər həbsdədir."
    assert _read(text) == [("detained", 210, None), ("detained", 60, 0)]


def test_near_miss_more_than_the_added_fit_in_no_total():
    text = "Növbəti gün daha 35 nəfər saxlanılıb. Hazırda 60 nəfər həbsdədir."
    assert _read(text) == [("detained", 35, None), ("detained", 60, None)]
