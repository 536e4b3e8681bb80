"""«погибли двое рабочих, ещё один ранен»: «ещё один» after a count in its sentence is one
more person, counted with the verb it has. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


@pytest.mark.parametrize(
    "text",
    [
        "При обрушении погибли двое рабочих, ещё один ранен.",
        "При обрушении погибли двое, ещё один получил ранения.",
    ],
)
def test_one_more_is_a_person(text):
    assert claim_fields(text, "ru", FIELDS) == [("killed", 2), ("injured", 1)]


def test_one_more_with_no_count_before_it_stays_unread():
    # Near miss: with no count before it, «ещё один» may be anything.
    assert claim_fields("Ещё один ранен.", "ru", FIELDS) == []


def test_one_more_thing_is_a_thing():
    # Near miss: «ещё один дом» counts a home, not a person.
    text = "Погибли двое. Ещё один дом разрушен."
    assert claim_fields(text, "ru", ("category", "subgroup", "count"))[-1] == (
        "property_destroyed",
        "homes",
        1,
    )
