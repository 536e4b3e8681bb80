"""A count set after a comma beside the object of an act counts that group even when a short
phrase of place describes the group ("the men from the mill, nine of them", «мужчин с
мельницы, девять человек»), and when Russian puts the noun before the number to say about
that many («…, человек девять»). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "qualifier"))


def test_english_group_with_a_phrase_of_place():
    text = "At dawn the guards arrested the men from the Orrin mill, nine of them."
    assert figures(text, "en") == [("detained", "men", 9, "exact")]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("На рассвете задержали мужчин с мельницы Оррина, девять человек.", "exact"),
        ("На рассвете задержали мужчин с мельницы Оррина, человек девять.", "about"),
        ("На рассвете задержали всех мужчин, человек девять.", "about"),
    ],
)
def test_russian_group_with_a_count_beside_it(text, qualifier):
    assert figures(text, "ru") == [("detained", "men", 9, qualifier)]


def test_a_count_of_its_own_after_the_comma_is_not_the_group():
    text = "The guards arrested the men from the mill, and 9 women were injured."
    assert ("injured", "women", 9, "exact") in figures(text, "en")
