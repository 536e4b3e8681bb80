"""Russian victims of a case («потерпевшими признаны N человек») suffered the act named in
the sentence before them, but not the doers' penalty: «приговорены к 8 годам лишения
свободы» is a term of imprisonment, no act on the victims, so with no other act before
them they are no figure. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "count"))


def test_victims_after_a_term_of_imprisonment_are_no_figure():
    text = (
        "Трое полицейских приговорены к 8 годам лишения свободы. "
        "Потерпевшими по делу признаны 17 человек."
    )
    assert _read(text) == []


def test_near_miss_victims_after_a_beating_and_a_term_take_the_beating():
    text = (
        "Конвоиры избивали арестованных, суд назначил им по 5 лет лишения свободы. "
        "Потерпевшими признаны 12 человек."
    )
    assert _read(text) == [("tortured", 12)]
