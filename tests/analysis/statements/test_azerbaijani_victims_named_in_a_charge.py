"""Azerbaijani names those an act was done to inside the charge: in the accusative before
the act's verbal noun ("beş hərbçini 9 kəndlini öldürməkdə ittiham edib", the nine killed)
or in the genitive before the act's noun ("9 kəndlinin qətlində", in the killing of nine).
They are victims, not the accused; the accused stand apart, in the accusative too. A single
count before the act alone is the accused. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize(
    "text",
    [
        "Baş prokuror üç polisi 9 kəndlini öldürməkdə ittiham edib.",
        "Baş prokuror 9 kəndlini öldürməkdə üç polisi ittiham edib.",
        "Üç polis 9 kəndlinin qətlində təqsirli bilinib.",
    ],
)
def test_the_victims_of_the_charge_are_killed(text):
    assert claim_fields(text, "az", FIELDS) == [("killed", 9, None)]


def test_near_miss_the_one_count_before_the_act_is_the_accused():
    assert claim_fields("Baş prokuror üç polisi öldürməkdə ittiham edib.", "az", FIELDS) == []
