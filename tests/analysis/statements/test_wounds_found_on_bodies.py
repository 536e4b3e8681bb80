"""Wounds found on bodies counted before are how those persons died, not a second count of the
found dead nor of the wounded, in the three languages: "Gunshot wounds were found on two of the
bodies", «На двух телах обнаружены огнестрельные ранения», "İki cəsəddə güllə yarası aşkar
edilib". Marks of torture found so stay a figure. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")

_WOUNDS_ON_BODIES = [
    ("en", "The team recovered 17 bodies. Gunshot wounds were found on two bodies."),
    ("en", "The team recovered 17 bodies. Gunshot wounds were found on two of the bodies."),
    ("ru", "Извлечены 17 тел. На двух телах обнаружены огнестрельные ранения."),
    ("az", "17 cəsəd çıxarılıb. İki cəsəddə güllə yarası aşkar edilib."),
]


@pytest.mark.parametrize(("language", "text"), _WOUNDS_ON_BODIES)
def test_wounds_on_bodies_found_are_no_figure(language, text):
    assert claim_fields(text, language, FIELDS) == [("found_dead", 17)]


_TORTURE_ON_BODIES = [
    ("en", "The team recovered 17 bodies. Marks of torture were found on two of the bodies."),
    ("ru", "Извлечены 17 тел. На двух телах обнаружены следы пыток."),
    ("az", "17 cəsəd çıxarılıb. İki cəsəddə işgəncə izləri aşkar edilib."),
]


@pytest.mark.parametrize(("language", "text"), _TORTURE_ON_BODIES)
def test_near_miss_marks_of_torture_stay_a_figure(language, text):
    assert claim_fields(text, language, FIELDS) == [("found_dead", 17), ("tortured", 2)]


def test_near_miss_wounded_persons_are_no_bodies():
    text = "The team recovered 17 bodies. Gunshot wounds were treated in two survivors."
    assert ("found_dead", 17) in claim_fields(text, "en", FIELDS)
    assert claim_fields("Извлечены 17 тел. Ранены ещё двое жителей.", "ru", FIELDS) == [
        ("found_dead", 17),
        ("injured", 2),
    ]
