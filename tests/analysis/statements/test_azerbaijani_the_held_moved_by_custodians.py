"""Azerbaijani persons moved by their custodians to a hospital or to another place of custody
("həbsxana xəstəxanasına köçürülüb", "başqa cəzaçəkmə müəssisəsinə köçürülüb") are the held
transferred, not persons driven from their homes, as "köçürül-" alone says. Residents moved
to a village or a school stay displaced. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "parent"))


def _categories(text: str) -> set[str]:
    return {category for category, _, _ in _read(text)}


def test_prisoners_moved_to_a_prison_hospital_are_not_displaced():
    text = "Aclıq edən 3 məhbus həbsxana xəstəxanasına köçürülüb."
    assert "displaced" not in _categories(text)


def test_a_part_of_the_held_moved_to_hospital():
    text = "Ötən ay 9 məhbus aclıq aksiyası keçirib, onlardan dördü xəstəxanaya köçürülüb."
    assert "displaced" not in _categories(text)


def test_prisoners_moved_to_another_facility_are_not_displaced():
    text = "Hesabat dövründə 12 məhkum başqa cəzaçəkmə müəssisəsinə köçürülüb."
    assert "displaced" not in _categories(text)


def test_near_miss_residents_moved_to_a_village_are_displaced():
    text = "Sel zonasından 250 sakin qonşu kəndə köçürülüb."
    assert _read(text) == [("displaced", 250, None)]


def test_near_miss_families_moved_near_a_hospital_are_displaced():
    text = "Zəlzələdən sonra 35 ailə xəstəxananın yanındakı məktəbə köçürülüb."
    assert _read(text) == [("displaced", 35, None)]
