"""Russian passengers counted with their vehicle («23 пассажира автобуса») are persons
counted, not the vehicle: the passengers' noun is a noun of persons. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Боевики захватили 19 пассажиров рейсового автобуса.", [("captured", "all", 19, None)]),
        ("При крушении погибли четыре пассажира вертолёта.", [("killed", "all", 4, None)]),
    ],
)
def test_passengers_are_persons(text, expected):
    assert claim_fields(text, "ru", FIELDS) == expected


def test_vehicles_stay_things():
    """Near miss: the vehicles themselves are no persons."""
    assert claim_fields("При обстреле сгорели четыре автобуса.", "ru", FIELDS) == []
