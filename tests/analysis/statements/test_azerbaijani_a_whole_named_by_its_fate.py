"""Azerbaijani may name a whole by its persons' fate ("yaralı", the wounded) in the ablative
right after its number, and take a part of it: "12 yaralıdan üçü ölüb" is twelve wounded, of
whom three died, as "30 girovdan 12-si" is thirty hostages. The fate is the noun's; the verb
is the part's. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "parent"))


def test_a_part_of_the_wounded_died():
    text = "Ötən gecə 12 yaralıdan üçü xəstəxanada vəfat edib."
    assert _read(text) == [("injured", 12, None), ("killed", 3, 0)]


def test_a_part_with_its_number_in_figures():
    text = "Bombardmandan sonra 40 yaralıdan 7-si ölüb."
    assert _read(text) == [("injured", 40, None), ("killed", 7, 0)]


def test_near_miss_places_in_the_ablative_are_where_from():
    text = "Hücumdan sonra 6 kənddən 900 sakin köçürülüb."
    assert _read(text) == [("displaced", 900, None)]
