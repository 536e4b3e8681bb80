"""A place's population named by its noun before the number («в селе с населением 1 200
человек», "a town with a population of 9,000") counts no one anything befell; a none said
among the population («потерь среди мирного населения нет») stays a zero. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "count"))


def test_russian_population_in_the_instrumental():
    text = "В посёлке с населением около 3 400 человек убиты 11 жителей."
    assert _read(text, "ru") == [("killed", 11)]


def test_english_a_population_of():
    text = "In Dovra, a district with a population of 9,000, 40 people were killed."
    assert _read(text, "en") == [("killed", 40)]


def test_near_miss_a_none_among_the_population():
    assert _read("Погибли трое военных. Потерь среди мирного населения нет.", "ru") == [
        ("killed", 3),
        ("killed", 0),
    ]
