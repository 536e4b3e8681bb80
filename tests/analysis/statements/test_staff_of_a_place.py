"""Persons named as the staff of a place: "two hospital staff", «двое сотрудников больницы»:
the place says whose staff they are; the persons are counted, not a hospital. «Никто из
сотрудников больницы не пострадал» is nobody, a zero of persons. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Two hospital staff were injured when the ward was hit.", "en", [("injured", 2)]),
        ("Five factory workers were detained at the gate.", "en", [("detained", 5)]),
        ("При ударе по зданию ранены двое сотрудников больницы.", "ru", [("injured", 2)]),
        ("Трое работников завода задержаны у проходной.", "ru", [("detained", 3)]),
        ("Никто из сотрудников больницы не пострадал.", "ru", [("injured", 0)]),
    ],
)
def test_the_staff_of_a_place_are_counted(text, language, expected):
    assert claim_fields(text, language, FIELDS) == expected


def test_things_of_a_place_stay_things():
    # Near miss: "school buildings" are buildings, no persons after the place.
    fields = claim_fields("Three school buildings were destroyed.", "en", ("category", "subgroup"))
    assert fields == [("property_destroyed", "schools")]
