"""A bare number held "of the" persons named after it counts those persons: "at least 30 of
the pilgrims were held at the border post" is detained, as "30 pilgrims were held" is. A
bare number held with no persons named ("all 30 were held for two days") still says
nothing. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier")


@pytest.mark.parametrize(
    "text",
    [
        "Relatives say that at least 30 of the pilgrims were held for days at the border post.",
        "At least 30 of the villagers were held in the school overnight.",
    ],
)
def test_a_count_of_persons_named_after_of_the_held_is_detained(text):
    assert claim_fields(text, "en", FIELDS) == [("detained", 30, "at_least")]


def test_things_named_after_of_the_held_are_no_figure():
    # Near miss: hearings are held, not persons.
    assert claim_fields("At least 30 of the hearings were held in private.", "en", FIELDS) == []
