"""Protesters ("protesters", «протестующие», «участники акции», "etirazçılar") are a group
of their own among the hurt, who may be police officers or passers-by; those arrested at a
protest are its protesters, and the word singles out no one among them. Sentences written
here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police fired rubber bullets; 23 protesters were injured.", "en"),
        ("Полиция применила дубинки, пострадали 23 протестующих.", "ru"),
        ("Polis dəyənəklərdən istifadə edib, 23 etirazçı yaralanıb.", "az"),
    ],
)
def test_hurt_protesters_are_a_group(text, language):
    assert figures(text, language) == [("injured", "protesters", 23)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Officers arrested 64 protesters outside the ministry.", "en"),
        ("У здания министерства задержаны 64 участника акции.", "ru"),
        ("Nazirlik binasının qarşısında 64 etirazçı saxlanılıb.", "az"),
    ],
)
def test_arrested_protesters_are_everyone_arrested(text, language):
    assert figures(text, language) == [("detained", "all", 64)]
