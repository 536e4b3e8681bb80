"""Russian: persons put in a place of custody by a verb of placing («водворены в изолятор»,
«помещены в спецприёмник», in either order) are detained. Taken to a hospital in the active,
by a driver of either gender («скорая доставила в больницу»), are the hurt. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "qualifier")


@pytest.mark.parametrize(
    ("text", "count", "qualifier"),
    [
        ("В изоляторы временного содержания водворены 26 человек.", 26, "exact"),
        ("Ещё 8 человек водворены в изолятор.", 8, "exact"),
        ("Помещены в спецприёмник 12 человек.", 12, "exact"),
    ],
)
def test_placed_in_custody_are_detained(text, count, qualifier):
    assert claim_fields(text, "ru", FIELDS) == [("detained", "all", count, qualifier)]


def test_brought_to_hospital_in_the_active_are_hurt():
    assert claim_fields("Бригада скорой доставила в больницу семь человек.", "ru", FIELDS) == [
        ("injured", "all", 7, "exact")
    ]


def test_parcels_brought_to_an_office_are_no_one():
    """Near miss: things brought to an office («отделение» of the post) are no persons."""
    assert claim_fields("Курьер доставил в отделение 40 посылок.", "ru", FIELDS) == []


@pytest.mark.parametrize(
    "text",
    [
        "Росгвардия доставила в отделения полиции 85 человек.",
        "Полицейские доставили в отдел девятерых активистов.",
        "Полиция доставила в отделения около 140 человек.",
    ],
)
def test_brought_to_a_police_station_in_the_active_are_detained(text):
    assert [c[0] for c in claim_fields(text, "ru", FIELDS)] == ["detained"]


def test_near_miss_brought_to_a_hospital_department_by_no_police():
    """«Отделение» of a hospital: not the police's when no police bring them there."""
    text = "Медики доставили в отделение реанимации 6 человек."
    assert "detained" not in [c[0] for c in claim_fields(text, "ru", FIELDS)]
