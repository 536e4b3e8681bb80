"""Azerbaijani "onlardan 2 mini qonşu vilayətə keçib": part of the displaced who crossed into
another province or district fled there, a part of the displaced, as "crossed into" in
English. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier", "parent")


@pytest.mark.parametrize(
    "text",
    [
        "Bir həftədə 9 min sakin evini tərk edib, onlardan 2 mini qonşu vilayətə keçib.",
        "Bir həftədə 9 min sakin evini tərk edib, onlardan 2 mini qonşu rayona keçib.",
        "Bir həftədə 9 min sakin evini tərk edib. Onlardan 2 mini Şimal bölgəsinə keçib.",
    ],
)
def test_the_part_that_crossed_is_displaced(text):
    assert claim_fields(text, "az", FIELDS) == [
        ("displaced", 9000, "exact", None),
        ("displaced", 2000, "exact", 0),
    ]


def test_near_miss_moving_on_to_a_matter_is_no_flight():
    text = "Komissiya 40 şikayətə baxıb, sonra iclas növbəti məsələyə keçib."
    assert claim_fields(text, "az", FIELDS) == []
