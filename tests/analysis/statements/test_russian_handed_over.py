"""Russian: persons handed over to a side in an exchange were released, set out after a colon
as parts of the released counted before it; «из освобождённых» after them still speaks of
those who came home; bodies handed over were found, persons handed to the police are no
release. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_handed_over_to_the_other_side_were_released():
    text = "В ходе обмена другой стороне были переданы 64 человека."
    assert claim_fields(text, "ru", FIELDS) == [("released", "all", 64, None)]


def test_handed_over_after_a_colon_are_parts_of_the_released():
    text = "Освобождены 70 человек: 40 переданы одной стороне и 30 — другой."
    assert claim_fields(text, "ru", FIELDS) == [
        ("released", "all", 70, None),
        ("released", "all", 40, 0),
        ("released", "all", 30, 0),
    ]


def test_the_released_named_again_are_those_who_came_home():
    text = (
        "Домой вернулись 60 человек. Противоположной стороне переданы 55 человек. "
        "Девятеро из освобождённых госпитализированы."
    )
    assert claim_fields(text, "ru", FIELDS)[2] == ("injured", "all", 9, 0)


def test_near_miss_bodies_and_persons_handed_to_the_police():
    text = (
        "Противоположной стороне переданы тела 12 погибших. Задержанные 9 человек переданы полиции."
    )
    assert [f[0] for f in claim_fields(text, "ru", FIELDS)] == ["found_dead", "detained"]
