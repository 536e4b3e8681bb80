"""Russian: persons taken off a bus or a train («сняли с автобуса 12 мужчин») are seized,
as «забрали» says it: captured by soldiers, detained by the police. Taken off a post, or a
register, is no act of ours. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_taken_off_a_bus_by_soldiers():
    text = "На блокпосту военные сняли с автобуса 12 мужчин."
    assert claim_fields(text, "ru", FIELDS) == [("captured", "men", 12, None)]


def test_taken_off_a_train_by_the_police():
    text = "На станции полицейские сняли с электрички семерых пассажиров."
    assert claim_fields(text, "ru", ("category", "count")) == [("detained", 7)]


def test_taken_off_a_described_train_in_a_relative_clause():
    text = "Семьи 14 мужчин, которых 5 мая солдаты сняли с пригородного поезда, просят помощи."
    assert claim_fields(text, "ru", FIELDS) == [("captured", "men", 14, None)]


def test_near_miss_taken_off_a_post():
    text = "Начальника сняли с должности за то, что 5 человек погибли."
    assert claim_fields(text, "ru", ("category", "count")) == [("killed", 5)]
