"""Identities established in the active ("The Commission has identified 1,830", «Комиссия
установила личности 1 830», "Komissiya 1830 nəfərin şəxsiyyətini müəyyən edib") are
identified as in the passive; and an Azerbaijani part with its ending right after its whole in
the ablative is a count even when it reads like a year ("3890 … şəxsdən 1830-nun"), which
"1990-cı ildə" still is. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Commission has so far identified 1,830 missing persons.", "en"),
        ("Комиссия установила личности 1 830 пропавших без вести.", "ru"),
        ("Komissiya 1830 itkin düşmüş şəxsin şəxsiyyətini müəyyən edib.", "az"),
    ],
)
def test_identities_established_in_the_active(text, language):
    assert claim_fields(text, language, _FIELDS) == [("identified", 1830, None)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Commission has identified 1,830 of the 3,890 missing persons.", "en"),
        ("Комиссия установила личности 1 830 из 3 890 пропавших без вести.", "ru"),
    ],
)
def test_identified_of_the_missing_named_after(text, language):
    assert claim_fields(text, language, _FIELDS) == [
        ("identified", 1830, 1),
        ("missing", 3890, None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Komissiya 3890 itkin düşmüş şəxsdən 1830-nun şəxsiyyətini müəyyən edib.",
        "3890 itkin düşmüş şəxsdən 1830-nun şəxsiyyəti müəyyən edilib.",
    ],
)
def test_a_part_shaped_like_a_year_after_its_whole(text):
    assert claim_fields(text, "az", _FIELDS) == [("missing", 3890, None), ("identified", 1830, 0)]


def test_a_year_after_a_whole_in_the_ablative_is_still_a_year():
    text = "Saxlanılanlardan 1990-cı ildə 40 nəfər azad edilib."
    assert claim_fields(text, "az", _FIELDS) == [("released", 40, None)]
