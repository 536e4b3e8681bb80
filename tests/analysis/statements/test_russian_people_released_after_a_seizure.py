"""«Вооружённые люди захватили около тридцати жителей. … освобождены двенадцать человек»:
persons counted as people and released after a seizure are of those seized, whom only their
captors release, if they fit in it; the released after arrests may be others, and more than
were seized are others too. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_people_released_are_of_those_seized():
    text = (
        "Ночью боевики захватили в заложники около тридцати жителей хутора. Утром освобождены "
        "двенадцать человек."
    )
    assert claim_fields(text, "ru", FIELDS) == [("captured", 30, None), ("released", 12, 0)]


@pytest.mark.parametrize(
    "text",
    [
        "Ночью полиция задержала 30 жителей хутора. Утром освобождены двенадцать человек.",
        "Ночью боевики захватили в заложники 30 жителей. За год освобождены 45 человек.",
    ],
)
def test_near_miss_released_after_an_arrest_or_more_than_seized(text):
    assert claim_fields(text, "ru", FIELDS)[1][2] is None
