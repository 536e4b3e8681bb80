"""Russian names the wounded by degree in one word («тяжелораненые», «легкораненые»): they are
injured, also as a part of another figure. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_a_part_named_by_its_degree_of_wounds():
    text = "После обмена вернулись 95 военнопленных, среди них 11 тяжелораненых."
    assert claim_fields(text, "ru", FIELDS) == [("released", 95, None), ("injured", 11, 0)]


def test_both_degrees_in_a_list():
    text = "Среди 40 эвакуированных — 6 тяжелораненых и 12 легкораненых."
    assert claim_fields(text, "ru", FIELDS) == [
        ("displaced", 40, None),
        ("injured", 6, 0),
        ("injured", 12, 0),
    ]


def test_near_miss_the_seriously_ill_are_not_wounded():
    text = "Вернулись 95 военнопленных, среди них 11 тяжелобольных."
    assert ("injured", 11, 0) not in claim_fields(text, "ru", FIELDS)
