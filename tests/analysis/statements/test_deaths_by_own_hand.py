"""Those who took their own lives ("took their own lives", «покончили с собой», "intihar edib")
died by a named cause and are counted among the dead, as deaths in custody are. Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("В изоляторах Приозёрска умерли 9 человек, из них трое покончили с собой.", "ru"),
        ("Nine persons died in the Pellham jails, three of whom committed suicide.", "en"),
        ("Həbsxanalarda 9 nəfər ölüb, onlardan üçü intihar edib.", "az"),
    ],
)
def test_a_part_who_took_their_own_lives_is_of_the_dead(text, language):
    assert claim_fields(text, language, _FIELDS) == [("killed", 9, None), ("killed", 3, 0)]


def test_deaths_by_own_hand_alone_are_counted():
    text = "Two detainees at the Pellham jail took their own lives in March."
    assert claim_fields(text, "en", _FIELDS) == [("killed", 2, None)]
