"""A word of prosecution before a Russian count makes it the accused only when nothing stands
between them: with the count's own verb of an act between («по вине подсудимого погибли три
человека и шестеро пострадали»), the word names another person, and the count is of victims.
A verb of prosecution joined by «и» after the count («…к 9 осуждённым и приговорил его …») is
the subject's next deed, not a charge against the counted. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "count"))


def test_the_accused_named_before_the_verb_of_the_dead():
    text = "Из-за действий обвиняемого погибли три человека и шестеро получили травмы."
    assert _read(text) == [("killed", 3), ("injured", 6)]


def test_near_miss_charged_with_torture():
    text = "Обвинение предъявлено 4 сотрудникам колонии в пытках."
    assert _read(text) == []


def test_a_sentence_passed_on_the_subject_after_the_count():
    text = (
        "Суд признал бывшего конвоира виновным в применении пыток к 9 арестантам "
        "и приговорил его к шести годам лишения свободы."
    )
    assert _read(text) == [("tortured", 9)]


def test_near_miss_those_counted_are_charged():
    text = "Пятеро охранников обвиняются в пытках."
    assert _read(text) == []
