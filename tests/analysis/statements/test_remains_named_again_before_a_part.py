"""The remains named again between a marker of parts and the first part («извлечены останки
60 человек, среди них — останки пяти детей», "including the bodies of four children") are
no word between them: the part's own count says whose remains. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Из траншеи извлечены останки 60 человек, среди них — останки пяти детей.", "ru"),
        ("В лесу найдены тела 60 человек, в том числе тела пяти детей.", "ru"),
        ("The bodies of 60 people were recovered, including the bodies of five children.", "en"),
    ],
)
def test_remains_of_a_part(text, language):
    assert claim_fields(text, language, FIELDS) == [
        ("found_dead", "all", 60, None),
        ("found_dead", "children", 5, 0),
    ]


def test_remains_of_others_after_a_full_stop_stay_apart():
    """Near miss: remains found elsewhere, in a sentence with no marker, are a figure of their
    own."""
    text = "Из траншеи извлечены останки 60 человек. У дороги найдены тела пяти детей."
    assert claim_fields(text, "ru", FIELDS)[-1] == ("found_dead", "children", 5, None)
