"""Casualties a hospital received, admitted or treated are the hurt brought to it, not a count
of the dead and the hurt together: "the hospital has received 60 casualties" is 60 injured,
and its parts ("Of these, 40 were discharged") are parts of them. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_casualties_received_by_a_hospital_are_injured():
    text = (
        "Since the collapse of the stand, the city hospital has received 60 casualties. "
        "Of these, 40 were treated as outpatients."
    )
    assert claim_fields(text, "en", FIELDS) == [("injured", 60, None), ("injured", 40, 0)]


def test_a_clinic_admitting_casualties_counts_them_injured():
    text = "The two field clinics admitted 35 casualties overnight."
    assert claim_fields(text, "en", FIELDS) == [("injured", 35, None)]


def test_casualties_with_no_hospital_stay_no_figure():
    # Near miss: casualties caused, with no hospital receiving them, join the dead and the hurt.
    assert claim_fields("The stampede caused 60 casualties.", "en", FIELDS) == []
