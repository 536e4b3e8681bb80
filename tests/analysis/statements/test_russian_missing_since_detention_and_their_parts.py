"""Persons whose fate or whereabouts is unknown since their detention («после задержания»,
«с момента ареста» in the clause of the missing count) have disappeared; and a part nested in
a whole found to have disappeared, with no act of its own («…; среди них двое врачей»),
disappeared too. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_whereabouts_unknown_after_detention():
    text = "Местонахождение пятерых участников митинга неизвестно после задержания."
    assert claim_fields(text, "ru", ("category", "count")) == [("disappeared", 5)]


def test_relative_clause_of_whereabouts_after_detention():
    text = "Семь студентов, местонахождение которых неизвестно после задержания 2 марта."
    assert claim_fields(text, "ru", ("category", "count")) == [("disappeared", 7)]


def test_since_the_moment_of_arrest():
    text = "С момента ареста о судьбе четверых фермеров ничего не известно."
    assert claim_fields(text, "ru", ("category", "count")) == [("disappeared", 4)]


def test_near_miss_unknown_after_a_storm():
    text = "Местонахождение пятерых рыбаков неизвестно после шторма."
    assert claim_fields(text, "ru", ("category", "count")) == [("missing", 5)]


def test_near_miss_detention_in_another_clause():
    text = "Местонахождение пятерых рыбаков неизвестно; после задержания отпустили троих."
    assert claim_fields(text, "ru", ("category", "count")) == [("missing", 5), ("released", 3)]


def test_part_of_the_disappeared_after_a_semicolon():
    text = "Неизвестна судьба 14 жителей села, задержанных в мае; среди них трое врачей."
    assert claim_fields(text, "ru", FIELDS) == [
        ("disappeared", "all", 14, None),
        ("disappeared", "medical workers", 3, 0),
    ]


def test_near_miss_part_of_the_missing_stays_missing():
    text = "Пропали без вести 14 жителей села; среди них трое врачей."
    assert claim_fields(text, "ru", FIELDS) == [
        ("missing", "all", 14, None),
        ("missing", "medical workers", 3, 0),
    ]
