"""Persons "taken by" those who take captives ("armed groups", "soldiers", "the military")
were seized: with their fate unknown they disappeared, as persons abducted do. Persons taken
by ambulance were carried, not seized. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count"))


@pytest.mark.parametrize(
    "text",
    [
        "The fate of about 140 people taken by armed groups is still unknown.",
        "The fate of about 140 villagers taken by soldiers remains unknown.",
    ],
)
def test_taken_by_armed_men_and_unknown_since_is_a_disappearance(text):
    assert _read(text) == [("disappeared", 140)]


def test_taken_by_ambulance_is_no_seizure():
    assert _read("The 23 wounded were taken by ambulance to hospital.") == [("injured", 23)]
