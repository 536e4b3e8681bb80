"""Remains held by graves that a verb of finding found are found too, though the graves took
the verb: «обнаружены два захоронения с телами 58 человек», "58 nəfərin cəsədi olan iki
məzarlıq aşkar edilib" (as English "two graves containing the bodies of 58 people were
found"); bodies only believed to lie somewhere are not. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return sorted(claim_fields(text, language, ("category", "count")))


def test_russian_graves_with_the_bodies_in_them():
    text = "У дороги обнаружены три массовых захоронения с телами 44 человек."
    assert _read(text, "ru") == [("burial_sites", 3), ("found_dead", 44)]


def test_azerbaijani_graves_the_bodies_are_in():
    text = "Meşədə 44 nəfərin cəsədi olan üç kütləvi məzarlıq aşkar edilib."
    assert _read(text, "az") == [("burial_sites", 3), ("found_dead", 44)]


def test_near_miss_bodies_believed_to_lie_in_a_site():
    assert _read("Daha 30 cəsəd ola bilər.", "az") == []
    assert _read("Up to 30 more bodies may lie in another site.", "en") == []
