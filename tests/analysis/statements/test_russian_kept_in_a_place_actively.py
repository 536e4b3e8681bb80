"""Russian: persons kept somewhere, said in the active with where («20 человек содержали в
подвале», «которых содержали в участке»), are held. Things kept are nothing. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_persons_kept_in_a_cellar():
    text = "Двадцать человек содержали в подвале склада."
    assert claim_fields(text, "ru", FIELDS) == [("detained", 20, None)]


def test_a_relative_clause_of_persons_kept_at_police_stations():
    text = "Установлено 45 человек, которых содержали в участках полиции без протокола."
    assert claim_fields(text, "ru", FIELDS) == [("detained", 45, None)]


def test_near_miss_things_kept_in_a_garage():
    text = "Тридцать машин содержали в гараже."
    assert claim_fields(text, "ru", FIELDS) == []
