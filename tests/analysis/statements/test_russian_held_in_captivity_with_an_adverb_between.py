"""Russian «в плену по-прежнему удерживаются 2 тысячи человек»: a verb of holding beside
captivity is captivity also with an adverb of time or a gap word between them (a word joined
by a hyphen is one word); custody beside the verb stays detention. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


@pytest.mark.parametrize(
    "text",
    [
        "В плену по-прежнему удерживаются 640 человек.",
        "В плену всё ещё удерживаются 640 человек.",
        "В плену удерживаются 640 человек.",
    ],
)
def test_held_in_captivity_is_captured(text):
    assert claim_fields(text, "ru", FIELDS) == [("captured", "all", 640)]


def test_held_in_custody_stays_detained():
    """Near miss: custody, not captivity, beside the same verb."""
    assert claim_fields("Под стражей по-прежнему удерживаются 52 человека.", "ru", FIELDS) == [
        ("detained", "all", 52)
    ]
