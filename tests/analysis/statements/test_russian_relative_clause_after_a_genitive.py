"""A Russian relative clause «, которых …» may follow the genitive that says whose or from
where the persons counted are («о 12 жителях хутора Ясень, которых …»): the clause still
tells their fate. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_a_clause_after_the_name_of_their_village():
    text = "Правозащитники сообщают о 12 жителях хутора Ясень, которых солдаты забрали ночью."
    assert claim_fields(text, "ru", FIELDS) == [("captured", "all", 12, None)]


def test_a_clause_after_two_districts_joined():
    text = (
        "Поступили сведения о 40 жителях Верхнего и Нижнего кварталов, которых вооружённые "
        "люди забрали с рынка."
    )
    assert claim_fields(text, "ru", FIELDS) == [("captured", "all", 40, None)]


def test_a_clause_whose_whereabouts_are_withheld():
    text = (
        "Известно о 9 жителях хутора Ясень, которых в мае увезли люди в форме и о "
        "местонахождении которых родным ничего не сообщили."
    )
    assert claim_fields(text, "ru", ("category", "count")) == [("missing", 9)]


def test_near_miss_a_genitive_with_no_clause_gives_no_fate():
    text = "Правозащитники сообщают о 12 жителях хутора Ясень, судьбы их семей различны."
    assert claim_fields(text, "ru", FIELDS) == []
