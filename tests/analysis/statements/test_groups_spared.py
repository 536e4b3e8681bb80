"""Russian: a group that opens its sentence with no count and is said not to have been hurt
(«Пожарные не пострадали», «Сотрудники полиции при разгоне акции не пострадали») is a "none"
of that group; things spared, or one person, are no such figure. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_a_labelled_group_not_hurt():
    text = "Пожар потушен к утру. Пожарные не пострадали."
    assert claim_fields(text, "ru", FIELDS) == [("injured", "firefighters", 0, None)]


def test_a_group_not_hurt_with_while_between():
    text = "Акцию разогнали. Сотрудники полиции при разгоне акции не пострадали."
    assert claim_fields(text, "ru", FIELDS) == [("injured", "police officers", 0, None)]


def test_persons_with_no_label_not_hurt():
    text = "Склад сгорел. Охранники склада во время пожара не пострадали."
    assert claim_fields(text, "ru", FIELDS) == [("injured", "all", 0, None)]


def test_near_miss_houses_not_damaged():
    text = "Снаряд попал в пустой склад. Дома не пострадали."
    assert claim_fields(text, "ru", FIELDS) == []


def test_near_miss_one_person_not_hurt():
    text = "Погибли 3 человека. Водитель автобуса не пострадал."
    assert claim_fields(text, "ru", FIELDS) == [("killed", "all", 3, None)]
