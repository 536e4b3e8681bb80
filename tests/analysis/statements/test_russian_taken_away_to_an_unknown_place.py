"""Russian «вывезли в неизвестном направлении» ("took to an unknown destination"), the active
voice of «вывезены в неизвестном направлении», says persons disappeared, not that they were
evacuated (which «вывезли» alone says). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    "text",
    [
        "Ночью неизвестные в форме вывезли в неизвестном направлении семерых жителей села.",
        "Ещё пятерых мужчин, по словам соседей, военные вывезли в неизвестном направлении.",
    ],
)
def test_taken_to_an_unknown_place_disappeared(text):
    assert [c[0] for c in claim_fields(text, "ru", FIELDS)] == ["disappeared"]


def test_taken_out_of_a_town_is_evacuated():
    """Near miss: «вывезли» with where they were taken to is an evacuation."""
    text = "Из подтопленного посёлка спасатели вывезли в райцентр 140 жителей."
    assert claim_fields(text, "ru", FIELDS) == [("displaced", "all", 140, None)]
