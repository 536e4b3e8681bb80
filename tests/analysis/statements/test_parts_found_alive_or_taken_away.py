"""A Russian part found alive is no figure wherever its verb stands («Лишь трое из 12
пропавших найдены живыми», «Из 12 пропавших живыми найдены трое»), and its whole keeps
what its participle says; found dead, the part is found dead, with the verb before it too
(«Из 12 пропавших мёртвыми найдены трое»). Those taken away of persons beaten before ("beat
nine men and took away two of them") are a part of them. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    "text",
    [
        "Лишь трое из 12 пропавших рыбаков найдены живыми.",
        "Только 3 из 12 пропавших рыбаков найдены живыми.",
        "Из 12 пропавших рыбаков живыми найдены трое.",
    ],
)
def test_a_russian_part_found_alive_is_no_figure(text):
    assert claim_fields(text, "ru", FIELDS) == [("missing", "fishermen", 12, None)]


def test_near_miss_a_part_found_dead_with_the_verb_first():
    text = "Из 12 пропавших рыбаков мёртвыми найдены трое."
    assert claim_fields(text, "ru", FIELDS) == [
        ("missing", "fishermen", 12, None),
        ("found_dead", "fishermen", 3, 0),
    ]


def test_those_taken_away_of_the_beaten_are_a_part_of_them():
    text = "Witnesses said the soldiers beat nine men and took away two of them."
    assert claim_fields(text, "en", FIELDS) == [
        ("tortured", "men", 9, None),
        ("captured", "men", 2, 0),
    ]
