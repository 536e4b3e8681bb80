""" "The unit took 40 men to the sawmill": persons an armed party takes or marches to a place
are held there (detained); taken to a hospital or to safety they are cared for, and "took us
to the farm" with no count inside lends a later headcount no fate. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier", "parent"))


def test_persons_taken_to_a_place_are_held_there():
    text = "At dawn the patrol took 45 men to the old sawmill, of whom 6 were under 18."
    assert _read(text) == [
        ("detained", "men", 45, "exact", None),
        ("detained", "children", 6, "exact", 0),
    ]


def test_persons_marched_to_a_place():
    text = "By midday the troops had marched about 70 villagers to the brickyard."
    assert _read(text) == [("detained", "all", 70, "about", None)]


def test_the_parts_of_those_taken_take_them_as_whole():
    text = "Militiamen took 52 men to the depot. Later 30 of the men were beaten."
    assert _read(text) == [
        ("detained", "men", 52, "exact", None),
        ("tortured", "men", 30, "exact", 0),
    ]


def test_near_miss_taken_to_hospital():
    text = "Neighbours took 12 of the wounded to hospital in their own cars."
    assert _read(text) == [("injured", "all", 12, "exact", None)]


def test_near_miss_taken_to_safety():
    text = "Firefighters took 25 pupils to safety before the roof fell."
    assert _read(text) == []


def test_near_miss_a_taking_with_no_count_inside():
    text = "They took us to the dairy. There were about fifty of us."
    assert _read(text) == []


def test_near_miss_a_decision_taken():
    text = "The board took the decision to appoint 12 new members."
    assert _read(text) == []
