""" "Tanınıb" after "qismində" or "kimi" in its clause ("zərərçəkmiş qismində 38 nəfər tanınıb",
38 were recognised as victims) gives the persons a standing, whatever the word order: no
remains were identified. "12-si tanınıb" of bodies found still is. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "parent"))


def test_recognised_as_victims_before_the_count():
    text = "Cinayət işi üzrə zərərçəkmiş qismində 38 nəfər tanınıb, onlardan 11-i azyaşlıdır."
    assert _read(text) == []


def test_recognised_as_victims_after_the_count():
    assert _read("Cinayət işi üzrə 38 nəfər zərərçəkmiş qismində tanınıb.") == []


def test_near_miss_bodies_recognised():
    text = "Məzarlıqdan çıxarılan 20 meyitdən 12-si tanınıb."
    assert _read(text) == [("found_dead", 20, None), ("identified", 12, 0)]
