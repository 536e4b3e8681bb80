"""Azerbaijani "həlak olan jurnalist olmayıb" (there was no journalist who was killed): none of a
group named after the participle of the act, as "həlak olan olmayıb" is none of anyone. A
participle of no act ("işləyən") names none. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_no_journalist_killed():
    text = "Münaqişənin əvvəlindən bəri bölgədə həlak olan jurnalist olmayıb."
    assert claim_fields(text, "az", FIELDS) == [("killed", "journalists", 0, None)]


def test_no_doctor_injured_in_the_present():
    text = "Hücum zamanı yaralanan həkim yoxdur."
    assert claim_fields(text, "az", FIELDS) == [("injured", "medical workers", 0, None)]


def test_near_miss_a_participle_of_no_act():
    text = "Kənddə işləyən həkim yoxdur."
    assert claim_fields(text, "az", FIELDS) == []
