"""What a toll may reach bounds it from above in the three languages, as «может достигать»
already did ("the number of detainees may reach 500", "sayı 500-ə çata bilər"), and so does
"as high as"; a toll that reached a number is that number. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Lawyers say the number of detainees could reach 340.", "en"),
        ("Lawyers say the number of detainees may be as high as 340.", "en"),
        ("Vəkillərin sözlərinə görə, saxlanılanların sayı 340-a çata bilər.", "az"),
        ("По словам адвокатов, число задержанных может достигать 340.", "ru"),
    ],
)
def test_what_a_toll_may_reach_is_at_most(text, language):
    assert claim_fields(text, language, FIELDS) == [("detained", 340, "at_most")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("By Monday the number of detainees had reached 340.", "en"),
        ("Bazar ertəsinə qədər saxlanılanların sayı 340-a çatıb.", "az"),
    ],
)
def test_near_miss_a_toll_that_reached_a_number(text, language):
    assert claim_fields(text, language, FIELDS) == [("detained", 340, "exact")]
