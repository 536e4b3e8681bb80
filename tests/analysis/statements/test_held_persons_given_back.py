"""Persons held, given back or coming back ("the exchange returned 95 prisoners of war",
«вернулись 95 военнопленных», "95 hərbi əsir qayıdıb"): released, as their noun says they were
held. Persons who were not held and came back (refugees) are no figure. Sentences written
here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The swap returned 95 prisoners of war to their side.", "en"),
        ("Five hostages returned to their families.", "en"),
        ("После обмена вернулись 95 военнопленных.", "ru"),
        ("Mübadilədən sonra 95 hərbi əsir qayıdıb.", "az"),
    ],
)
def test_the_held_who_came_back_were_released(text, language):
    assert [f[0] for f in claim_fields(text, language, FIELDS)] == ["released"]


def test_a_part_of_them_hurt_is_a_part_of_the_released():
    text = "The swap returned 95 prisoners of war, among them 11 seriously wounded."
    assert claim_fields(text, "en", FIELDS) == [("released", 95, None), ("injured", 11, 0)]


def test_near_miss_refugees_who_came_back_were_not_held():
    assert claim_fields("About 400 refugees returned to the town.", "en", FIELDS) == []
