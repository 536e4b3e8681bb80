"""Persons treated at the scene or in a hospital after an event were hurt in it, and "N more
treated at …" after a toll of the dead is no more of the dead. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count", "qualifier"))


def test_more_treated_after_the_dead_are_hurt():
    text = "Four people died and dozens more treated at the regional hospital."
    assert _read(text) == [("killed", 4, "exact"), ("injured", None, "vague")]


def test_treated_at_the_scene():
    assert _read("Paramedics said 14 were treated at the scene.") == [("injured", 14, "exact")]


def test_treated_as_suspects_is_no_harm():
    assert _read("Police said 14 were treated as suspects.") == []


def test_treated_on_the_spot_after_a_comma():
    text = "WOUNDED: 9 taken to hospital, dozens more treated on the spot by volunteer medics."
    assert _read(text) == [("injured", 9, "exact"), ("injured", None, "vague")]


def test_treated_by_medics_of_a_kind():
    assert _read("Six were treated by army paramedics after the blast.") == [
        ("injured", 6, "exact")
    ]


def test_near_miss_treated_on_a_charge_is_no_harm():
    assert _read("Police said 14 were treated as suspects on the spot.") == []


def test_treated_in_hospitals_of_a_kind():
    text = "Some 40 residents have been treated in regional hospitals; 9 remain in hospital."
    assert claim_fields(text, "en", ("category", "count", "parent")) == [
        ("injured", 40, None),
        ("injured", 9, 0),
    ]
