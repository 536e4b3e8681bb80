"""Brothers, sons and husbands counted by a numeral are men, in English and Russian as in
Azerbaijani ("onun iki oğlu"); sisters and daughters name no subgroup of ours. Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "subgroup", "count")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("His three sons were killed in the raid.", "en"),
        ("Three of his sons were killed in the raid.", "en"),
        ("Three of her four brothers were killed in the raid.", "en"),
        ("В ходе налёта погибли трое его сыновей.", "ru"),
        ("В ходе налёта погибли трое её братьев.", "ru"),
    ],
)
def test_male_relatives_are_men(text, language):
    assert claim_fields(text, language, _FIELDS) == [("killed", "men", 3)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Three of his sisters were killed in the raid.", "en"),
        ("В ходе налёта погибли трое его соседей.", "ru"),
    ],
)
def test_other_relatives_and_neighbours_name_no_men(text, language):
    assert claim_fields(text, language, _FIELDS) == [("killed", "all", 3)]
