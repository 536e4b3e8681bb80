"""Reporters and press photographers are journalists: «задержаны четверо репортёров», «двое
фотокорреспондентов ранены». Persons counted beside reporters who only tell of them are not.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("На площади задержаны четверо репортёров.", ("detained", "journalists", 4)),
        ("На площади задержаны четверо репортеров.", ("detained", "journalists", 4)),
        ("При обстреле ранены двое фотокорреспондентов.", ("injured", "journalists", 2)),
    ],
)
def test_reporters_are_journalists(text, expected):
    assert claim_fields(text, "ru", FIELDS) == [expected]


def test_other_persons_beside_reporters_are_not():
    text = "По словам репортёров, на площади задержаны четверо жителей."
    assert claim_fields(text, "ru", FIELDS) == [("detained", "all", 4)]
