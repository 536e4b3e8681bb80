"""«Полиция увезла из посёлка 14 человек», «полиция забрала 14 человек»: persons driven off or
taken by the police were detained; driven off by volunteers they were not. Sentences written
here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


@pytest.mark.parametrize(
    "text",
    [
        "Ночью полиция увезла из посёлка 14 человек.",
        "Ночью полицейские увезли из общежития 14 студентов.",
        "Ночью полиция забрала 14 человек.",
    ],
)
def test_driven_off_by_the_police_are_detained(text):
    assert claim_fields(text, "ru", FIELDS) == [("detained", 14)]


def test_near_miss_driven_off_by_volunteers():
    text = "Волонтёры увезли из посёлка 14 человек."
    assert ("detained", 14) not in claim_fields(text, "ru", FIELDS)
