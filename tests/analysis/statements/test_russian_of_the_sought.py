"""Russian: «из числа разыскиваемых», «среди разыскиваемых» (of those sought) mark a part of
the sought, whose own verb says its fate, as «из числа пропавших» does. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize(
    "text",
    [
        "Выяснилось, что 85 человек из числа разыскиваемых содержатся в плену.",
        "Из числа разыскиваемых 85 человек находятся в плену.",
    ],
)
def test_the_part_takes_its_own_verb(text):
    assert claim_fields(text, "ru", FIELDS) == [("captured", 85, None)]


def test_near_miss_the_sought_alone_are_missing():
    text = "В списках числятся 85 разыскиваемых лиц."
    assert claim_fields(text, "ru", FIELDS) == [("missing", 85, None)]
