"""Persons forced, compelled or made to leave are displaced, the count standing between the
causative and the verb of leaving: "The shelling compelled 4,000 villagers to flee", «Обстрелы
заставили около 4000 жителей бежать», "4000 nəfəri evlərini tərk etməyə məcbur ediblər".
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Troops forced 4,000 people to leave.", "en"),
        ("Troops compelled 4,000 people to flee.", "en"),
        ("Militias forced 4,000 residents to leave the district.", "en"),
        ("Some 4,000 people were made to leave their village.", "en"),
        ("The fighting obliged some 4,000 residents to leave their homes.", "en"),
        ("The shelling compelled 4,000 villagers to abandon their homes.", "en"),
        ("The offensive made 4,000 people flee.", "en"),
        ("Some 4,000 people were made to flee the village.", "en"),
        ("Обстрелы заставили около 4000 жителей бежать.", "ru"),
        ("Обстрелы заставили 4000 жителей покинуть село.", "ru"),
        ("4000 nəfəri evlərini tərk etməyə məcbur ediblər.", "az"),
    ],
)
def test_persons_made_to_leave_are_displaced(text, language):
    assert [c[:2] for c in claim_fields(text, language, ("category", "count"))] == [
        ("displaced", 4000)
    ]


def test_persons_made_to_leave_a_place_they_only_were_in_are_not_displaced():
    assert claim_fields("The police made 200 fans leave the stadium.", "en") == []
    assert claim_fields("Guards forced 200 visitors to leave the courtroom.", "en") == []
