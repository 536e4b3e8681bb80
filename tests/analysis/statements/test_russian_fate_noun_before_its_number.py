"""Russian puts «человек» after the number's place to guess («человек сорок» = about 40), but
persons named by their fate before a number («убитых 9, раненых 31») are a tally's label: the
number stands as said. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "count", "qualifier"))


def test_a_tally_of_the_dead_and_the_wounded():
    text = "К вечеру убитых 9, раненых 31."
    assert _read(text) == [("killed", 9, "exact"), ("injured", 31, "exact")]


def test_a_tally_in_words():
    text = "Задержанных семнадцать, сообщает правозащитный проект."
    assert _read(text) == [("detained", 17, "exact")]


def test_near_miss_persons_guessed_by_the_inverted_order():
    text = "Задержали человек тридцать, сообщает правозащитный проект."
    assert _read(text) == [("detained", 30, "about")]
