"""One person who died said on the way to the new toll («Один из раненых скончался, таким
образом, погибших уже пятеро») is the step by which the toll rose: the toll is the figure,
not the one person beside it. Said without the new toll, he is a figure of his own.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "При пожаре погибли четыре человека, ранены одиннадцать. Ночью один из раненых "
            "скончался, таким образом, погибших уже пятеро.",
            [("killed", 4, None), ("injured", 11, None), ("killed", 5, None)],
        ),
        (
            "Пострадали девять человек. В реанимации умерла одна из пострадавших; число "
            "погибших возросло до трёх.",
            [("injured", 9, None), ("killed", 3, None)],
        ),
    ],
)
def test_one_who_died_on_the_way_to_the_toll_is_no_figure(text, expected):
    assert claim_fields(text, "ru", FIELDS) == expected


def test_one_who_died_without_a_new_toll_is_a_figure():
    """Near miss: no toll after him in his sentence."""
    text = "Пострадали девять человек. Один из пострадавших скончался в реанимации."
    assert claim_fields(text, "ru", FIELDS) == [("injured", 9, None), ("killed", 1, 0)]


def test_one_hurt_beside_a_toll_of_the_dead_is_a_figure():
    """Near miss: the one is hurt, the toll after him counts the dead."""
    text = "Погибли двое. Ещё один человек ранен, таким образом, погибших уже двое."
    assert ("injured", 1, None) in claim_fields(text, "ru", FIELDS)
