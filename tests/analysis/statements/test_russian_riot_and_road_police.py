"""Officers of the riot police (ОМОН) and of the road police (ДПС) are police officers:
«пострадали двое сотрудников ОМОНа», «ранены трое омоновцев». Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "При разгоне шествия пострадали двое сотрудников ОМОНа.",
            ("injured", "police officers", 2),
        ),
        ("На митинге ранены трое омоновцев.", ("injured", "police officers", 3)),
        ("На посту погибли двое инспекторов ДПС.", ("killed", "police officers", 2)),
    ],
)
def test_riot_and_road_police_are_police_officers(text, expected):
    assert claim_fields(text, "ru", FIELDS) == [expected]


def test_those_the_riot_police_took_are_not_officers():
    # Near miss: the riot police named as the takers; those taken are everyone.
    text = "По словам сотрудников ОМОНа, задержаны 12 человек."
    assert claim_fields(text, "ru", FIELDS) == [("detained", "all", 12)]
