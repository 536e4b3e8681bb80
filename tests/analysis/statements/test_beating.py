"""Beating is torture as statements count it, in every form of the verb and the noun, of
persons only; beaten to death is killed. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

from rightsledger.analysis.statements import read_statement


def figures(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count"))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Riot police beat 14 students outside the faculty.", "en", [("tortured", "students", 14)]),
        ("Officers beat up 6 people at the checkpoint.", "en", [("tortured", "all", 6)]),
        ("The video shows the beating of 9 detainees.", "en", [("tortured", "all", 9)]),
        ("Soldiers beat 3 villagers to death.", "en", [("killed", "all", 3)]),
        ("Polis 11 tələbəni döyüb.", "az", [("tortured", "students", 11)]),
        ("Məntəqədə 4 nəfər döyülüb.", "az", [("tortured", "all", 4)]),
        ("Saxlanılanlardan ikisi döyülərək öldürülüb.", "az", [("killed", "all", 2)]),
    ],
)
def test_beating_persons_is_torture(text, language, expected):
    assert figures(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The garrison beat back 2 assaults overnight.", "en"),
        ("The team beat 4 national records.", "en"),
        # Battles, not beatings.
        ("Döyüşlər 5 gün davam edib.", "az"),
    ],
)
def test_beating_things_is_nothing_of_ours(text, language):
    assert read_statement(text, language).claims == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Пятерых забили насмерть.", [("killed", "all", 5)]),
        ("Пять человек были забиты насмерть.", [("killed", "all", 5)]),
        ("Трое задержанных были избиты до смерти.", [("killed", "all", 3)]),
        # «избиты» said of persons counted by a participle is what was done to them.
        ("Трое задержанных были избиты охраной.", [("tortured", "all", 3)]),
        ("Трое задержанных были освобождены.", [("released", "all", 3)]),
    ],
)
def test_beaten_to_death_in_russian(text, expected):
    assert figures(text, "ru") == expected


def test_some_of_us_beaten_to_death_are_a_part_of_us():
    text = "Нас задержали на блокпосту. Нас было тридцать, пятерых из нас забили насмерть."
    assert claim_fields(text, "ru", ("category", "count", "parent")) == [
        ("detained", 30, None),
        ("killed", 5, 0),
    ]
