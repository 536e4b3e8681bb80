"""Russian: persons found under the rubble («нашли под обломками») are found, no longer
missing there; as with any finding, only bodies found are a figure. Near misses: persons still
under the rubble or sought there stay missing. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize(
    "text",
    [
        "Утром двух жильцов нашли под обломками подъезда.",
        "Под завалами нашли четверых рабочих.",
        "Под обломками обнаружены двое сторожей.",
    ],
)
def test_persons_found_under_the_rubble_are_not_missing(text):
    assert not [f for f in claim_fields(text, "ru", FIELDS) if f[0] == "missing"]


def test_bodies_found_under_the_rubble_are_found_dead():
    text = "Под завалами обнаружены тела 6 человек."
    assert claim_fields(text, "ru", FIELDS) == [("found_dead", 6, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Под обломками дома могут оставаться ещё 6 человек.",
        "Под завалами ищут ещё 6 человек.",
    ],
)
def test_persons_still_under_the_rubble_are_missing(text):
    assert claim_fields(text, "ru", FIELDS) == [("missing", 6, None)]
