"""Azerbaijani "stasionar müalicədədir" (is in in-patient care) counts injured persons, a part
of the injured counted before them. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "parent"))


def test_in_patient_care_in_a_sentence_of_its_own():
    text = "Partlayışda 40 nəfər yaralanıb. 6 nəfər hələ də stasionar müalicədədir."
    assert _read(text) == [("injured", 40, None), ("injured", 6, 0)]


def test_in_patient_care_alone():
    assert _read("Hadisədən sonra 3 nəfər stasionar müalicədədir.") == [("injured", 3, None)]


def test_near_miss_a_clinic_is_no_patient():
    assert _read("Rayonda 2 stasionar tibb müəssisəsi fəaliyyət göstərir.") == []
