"""Beatings and mock executions as what persons were subjected to are ill-treatment: "20 of
the prisoners were subjected to repeated beatings". Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier", "parent")


@pytest.mark.parametrize(
    "text",
    [
        "Some 70 villagers were held in the mill. At least 20 of the prisoners were subjected "
        "to repeated beatings.",
        "Some 70 villagers were held in the mill. At least 20 of the prisoners were subjected "
        "to mock executions.",
    ],
)
def test_a_part_subjected_to_beatings_was_tortured(text):
    assert claim_fields(text, "en", FIELDS)[1] == ("tortured", 20, "at_least", 0)


def test_subjected_to_a_search_is_no_ill_treatment():
    # Near miss: a search or a curfew is no method of ill-treatment.
    text = (
        "Some 70 villagers were held in the mill. At least 20 of them were subjected to searches."
    )
    assert "tortured" not in [c[0] for c in claim_fields(text, "en", FIELDS)]
