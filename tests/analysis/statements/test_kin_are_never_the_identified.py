"""Identification is of the dead; kin only give samples for it. Counted kin are no figure of
the identified, wherever the word of identifying stands; the identified dead still count.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        (
            "Идентифицированы останки 12 человек. Для идентификации отобраны образцы ДНК у "
            "300 родственников.",
            "ru",
            [("identified", "all", 12, None, None, "exact", None)],
        ),
        (
            "For identification, DNA samples were taken from 240 relatives. Twelve bodies were "
            "identified.",
            "en",
            [("identified", "all", 12, None, None, "exact", None)],
        ),
    ],
)
def test_kin_giving_samples_are_no_count(text, language, claims):
    assert claim_fields(text, language) == claims


def test_the_identified_themselves_still_count():
    assert claim_fields("Родственники опознали 14 погибших.", "ru") == [
        ("identified", "all", 14, None, None, "exact", None)
    ]
