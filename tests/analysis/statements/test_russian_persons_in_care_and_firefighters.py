"""Those in an institution's care («35 подопечных интерната», «воспитанники детского дома»)
are persons counted, not the building named after them; a building counted stays one.
Firefighters («один пожарный») carry their label, as in the other languages; the crews and
engines sent out («9 пожарных расчётов») count no one. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def test_wards_of_a_home_are_persons():
    assert claim_fields("Из здания эвакуированы 35 подопечных дома престарелых.", "ru") == [
        ("displaced", "all", 35, None, None, "exact", None)
    ]


def test_homes_counted_stay_homes():
    assert claim_fields("Разрушены два дома престарелых.", "ru") == [
        ("property_destroyed", "homes", 2, None, None, "exact", None)
    ]


def test_one_firefighter_at_the_end_of_a_list():
    assert claim_fields("При обстреле ранены двое водителей и один пожарный.", "ru") == [
        ("injured", "drivers", 2, None, None, "exact", None),
        ("injured", "firefighters", 1, None, None, "exact", None),
    ]


def test_fire_engines_count_no_one():
    assert claim_fields("Сгорели 4 пожарных машины.", "ru") == []
