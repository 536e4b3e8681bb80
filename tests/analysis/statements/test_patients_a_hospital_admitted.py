"""Patients a hospital says it admitted after an event are its hurt ("the hospital has admitted
40 patients"); "admitted" with no patients is a confession or an acknowledgment, and no harm.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier", "parent"))


def test_patients_admitted_after_a_blast_are_hurt():
    text = "After the blast at the depot, the district hospital has admitted 40 patients."
    assert _read(text) == [("injured", "all", 40, "exact", None)]


def test_near_miss_admitted_as_a_confession_is_no_harm():
    text = "At the hearing the officer admitted 3 breaches of the regulations."
    assert _read(text) == []
