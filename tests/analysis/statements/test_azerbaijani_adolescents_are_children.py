"""Azerbaijani "yeniyetmə oğlan" (a teenage boy), "yeniyetmə qız": the word of age before the
word of sex says who, minors, as "gənc oğlan" (a young man) counts men. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count"))


def test_teenage_boys_are_children():
    text = "Hərbçilər kənddən 15 kişini və üç yeniyetmə oğlanı aparıblar."
    assert _read(text) == [("captured", "men", 15), ("captured", "children", 3)]


def test_teenage_girls_are_children():
    text = "Atəş nəticəsində iki yeniyetmə qız yaralanıb."
    assert _read(text) == [("injured", "children", 2)]


def test_near_miss_young_men_are_men():
    text = "İki gənc oğlan yaralanıb."
    assert _read(text) == [("injured", "men", 2)]


def test_underage_girls_are_children():
    text = "Qarşıdurma zamanı dörd azyaşlı qız yaralanıb."
    assert _read(text) == [("injured", "children", 4)]


def test_boys_not_of_age_are_children():
    text = "Keçiddə 20 kişi tutulub, onların arasında 3 yetkinlik yaşına çatmamış oğlan da var."
    assert _read(text) == [("detained", "men", 20), ("detained", "children", 3)]
