"""«В изоляторе, рассчитанном на 300 мест, содержались 540 человек»: how many a facility held
beside how many it is made for is its occupancy, no count of persons an act befell; held with
no capacity said, they are detained. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_held_beside_the_capacity_is_occupancy():
    text = "На момент проверки в колонии, рассчитанной на 300 мест, содержались 540 человек."
    assert claim_fields(text, "ru", FIELDS) == []


def test_capacity_by_its_noun():
    text = "В ИВС вместимостью 20 человек находились 37 задержанных."
    assert claim_fields(text, "ru", FIELDS) == []


def test_held_with_no_capacity_are_detained():
    # Near miss: no capacity is said; the persons held are a figure.
    text = "В подвале комендатуры содержались 40 человек, задержанных на блокпосту."
    assert claim_fields(text, "ru", FIELDS) == [("detained", 40)]
