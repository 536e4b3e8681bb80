"""A list of ages ("aged 19, 22 and 25", «в возрасте 19, 22 и 25 лет»), with or without
commas around it, stands between a count and its verb as one age does: the verb is still
the count's. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Four men aged 18, 20, 31 and 44 were abducted on the road.", "en"),
        ("Four men, aged 18, 20, 31 and 44, were abducted on the road.", "en"),
        ("Четверо мужчин в возрасте 18, 20, 31 и 44 лет были похищены на дороге.", "ru"),
    ],
)
def test_the_count_keeps_its_verb_past_a_list_of_ages(text, language):
    assert claim_fields(text, language, FIELDS) == [("captured", "men", 4)]


def test_near_miss_counts_listed_are_counts_each():
    text = "Eighteen, 20 and 31 people were abducted in three raids."
    assert claim_fields(text, "en", FIELDS) == [
        ("captured", "all", 18),
        ("captured", "all", 20),
        ("captured", "all", 31),
    ]
