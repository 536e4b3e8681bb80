"""Azerbaijani persons operated on for their wounds ("cərrahi əməliyyat keçirib") are hurt,
and after a count of the hurt a part of them. "Əməliyyat" alone is as often a police or
military operation, and is no injury. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_operated_on_is_a_part_of_the_hurt():
    text = "Şəhər xəstəxanasına 18 yaralı gətirilib, onlardan altısı cərrahi əməliyyat keçirib."
    assert claim_fields(text, "az", FIELDS) == [("injured", 18, None), ("injured", 6, 0)]


def test_operated_on_in_the_passive():
    text = "Partlayışda 9 nəfər yaralanıb. Yaralılardan 2-si cərrahi əməliyyat olunub."
    assert claim_fields(text, "az", FIELDS) == [("injured", 9, None), ("injured", 2, 0)]


def test_a_police_operation_is_no_surgery():
    # Near miss: "əməliyyat keçirib" without "cərrahi" is the police's.
    text = "Polis kənddə əməliyyat keçirib, 7 nəfər saxlanılıb."
    assert claim_fields(text, "az", FIELDS) == [("detained", 7, None)]
