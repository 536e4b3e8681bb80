"""A part whose whole a participle clause between commas describes («Семеро из 11 человек,
похищенных во вторник, освобождены», "Seven of the 11 people, abducted on Tuesday, have
been released") takes the predicate after that clause: the clause tells what befell the
whole. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return sorted(claim_fields(text, language, ("category", "count")))


def test_russian_part_past_the_participle_clause_of_its_whole():
    text = "Пятеро из 16 жителей, задержанных в пятницу, освобождены без предъявления обвинений."
    assert _read(text, "ru") == [("detained", 16), ("released", 5)]


def test_english_part_past_the_participle_clause_of_its_whole():
    text = "Five of the 16 villagers, detained on Friday, have been released without charge."
    assert _read(text, "en") == [("detained", 16), ("released", 5)]


def test_near_miss_a_part_with_no_verb_of_its_own():
    text = "Задержаны 16 жителей, пятеро из них — женщины."
    assert _read(text, "ru") == [("detained", 5), ("detained", 16)]
