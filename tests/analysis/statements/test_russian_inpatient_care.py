"""Russian inpatient care («нуждаются в стационарном лечении», «находятся на стационарном
лечении») and the present «нуждаются в госпитализации» say persons were hurt, as
«госпитализированы» does: of the persons counted before, a part. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В результате обмена домой вернулись 75 человек. Девять из них нуждаются в "
            "стационарном лечении.",
            [("released", "all", 75, None), ("injured", "all", 9, 0)],
        ),
        (
            "После взрыва пострадали 30 рабочих; четверо нуждаются в госпитализации.",
            [("injured", "all", 30, None), ("injured", "all", 4, 0)],
        ),
    ],
)
def test_inpatient_care_is_harm(text, expected):
    assert claim_fields(text, "ru", FIELDS) == expected


def test_a_hospital_built_for_inpatient_care_hurts_no_one():
    """Near miss: a capacity for inpatient care."""
    text = "Новый корпус рассчитан на стационарное лечение 250 пациентов."
    assert claim_fields(text, "ru", FIELDS) == []
