"""Families counted again in persons in an aside right after them ("310 families — about 1,400
people —", «310 семей (около 1 400 человек)», "310 ailə (təxminən 1 400 nəfər)"): the persons
are a figure of the families' fate, of everyone, no part of the families; parts told after
them are theirs. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("After the dam burst, 310 families (about 1,400 people) left the valley.", "en"),
        ("After the dam burst, 310 families — about 1,400 people — left the valley.", "en"),
        ("После прорыва плотины 310 семей (около 1 400 человек) были вынуждены покинуть свои дома.",
         "ru"),
        ("После прорыва плотины свои дома были вынуждены покинуть 310 семей — около 1 400 человек.",
         "ru"),
        ("Bənd uçandan sonra 310 ailə (təxminən 1 400 nəfər) evlərini tərk edib.", "az"),
        ("Bənd uçandan sonra 310 ailə — təxminən 1 400 nəfər — evlərini tərk edib.", "az"),
    ],
)  # fmt: skip
def test_the_persons_of_the_families_are_a_figure_of_their_own(text, language):
    assert claim_fields(text, language, FIELDS) == [
        ("displaced", "families", 310, None),
        ("displaced", "all", 1400, None),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Some 58 families (212 people, among them 90 children) were forced from their homes.",
         "en"),
        ("Из-за обстрела без крова остались 58 семей (212 человек, в том числе 90 детей).", "ru"),
        ("Mərmi zərbələri nəticəsində 58 ailə (212 nəfər, o cümlədən 90 uşaq) evlərini tərk edib.",
         "az"),
    ],
)  # fmt: skip
def test_parts_told_after_the_persons_are_theirs(text, language):
    fields = claim_fields(text, language, FIELDS)
    assert fields[1] == ("displaced", "all", 212, None)
    assert fields[2] == ("displaced", "children", 90, 1)


def test_fewer_after_the_families_stay_a_part():
    # Near miss: fewer than the families, so some of them, not the families' members.
    text = "Some 120 families, 30 of them with small children, have fled."
    fields = claim_fields(text, "en", FIELDS)
    assert fields[1][2:] == (30, 0)
