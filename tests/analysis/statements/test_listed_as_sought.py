"""Persons listed as sought («в розыске числятся 95 человек», «находятся в розыске»), as
"axtarışda olan" ones are, are missing; parts found of them are parts of that figure.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize(
    "text",
    [
        "После наводнения в розыске числятся 95 человек.",
        "После наводнения в розыске находятся 95 человек.",
    ],
)
def test_persons_listed_as_sought_are_missing(text):
    assert claim_fields(text, "ru", FIELDS) == [("missing", 95, None)]


def test_those_found_of_them_are_their_part():
    text = "После наводнения в розыске числились 95 человек. Тела 20 из них найдены у плотины."
    assert ("found_dead", 20, 0) in claim_fields(text, "ru", FIELDS)
