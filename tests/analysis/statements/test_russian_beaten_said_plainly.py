"""Russian plain «били» ("beat") is torture, as «избивали» is, when it is said of persons —
a pronoun its object («нас били») — or with how and how often («били каждую ночь», «били
прикладами»); «били» of guns or of an alarm beats no one. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    "text",
    [
        "Боевики захватили 30 человек. Восьмерых из них били по ночам.",
        "Боевики захватили 30 человек. Восьмерых из них били прикладами.",
    ],
)
def test_beaten_of_them(text):
    assert claim_fields(text, "ru", FIELDS) == [
        ("captured", "all", 30, None),
        ("tortured", "all", 8, 0),
    ]


def test_guns_that_beat_on_a_town_beat_no_one():
    """Near miss: «били» of guns, with a count of the guns."""
    assert claim_fields("По посёлку били 12 орудий.", "ru", FIELDS) == []
