"""Persons counted by the noun or participle of a fate counted before, whose predicate only
names a group («Не менее 14 задержанных — журналисты», "At least 14 detainees are
journalists"), say who some of the persons of that figure were: a part with that group. With
a fate of their own ("96 detainees reported torture") no word relates them to the figure
before, and they stand alone. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police detained 60 people at the rally. Twelve detainees are journalists.", "en"),
        ("На митинге задержаны 60 человек. Двенадцать задержанных — журналисты.", "ru"),
    ],
)
def test_a_group_said_of_persons_named_by_their_fate(text, language):
    assert figures(text, language) == [
        ("detained", "all", 60, None),
        ("detained", "journalists", 12, 0),
    ]


def test_the_next_group_after_a_dash_is_a_part_of_the_same_figure():
    text = "Полиция задержала 40 человек. 14 задержанных — журналисты, 3 — врачи."
    assert [f[3] for f in figures(text, "ru")] == [None, 0, 0]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police detained 60 people. Twelve detainees reported torture.", "en"),
        # Two lower bounds: exact counts make a part in Russian (``test_earlier_fates``).
        ("Задержаны не менее 60 человек. Не менее двенадцати задержанных сообщили о пытках.",
         "ru"),
    ],
)  # fmt: skip
def test_persons_named_by_their_fate_with_a_fate_of_their_own_stand_alone(text, language):
    assert [f[3] for f in figures(text, language)] == [None, None]
