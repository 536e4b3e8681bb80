"""A fact sheet's "none" after the noun that names persons by their fate: "yaralı yoxdur" (no
wounded), "ölü olmayıb", "itkin yoxdur"; and a Russian «нет» after a comma takes only the fate
next to it when the fate before the comma belongs to a count («4 погибших, раненых нет»).
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Şimal məntəqəsi: 7 ölü, yaralı yoxdur.", [("killed", 7, None), ("injured", 0, None)]),
        ("Cənub məntəqəsi: ölü yoxdur, 5 yaralı.", [("killed", 0, None), ("injured", 5, None)]),
        ("Atışmada 2 nəfər yaralanıb, ölü olmayıb.", [("injured", 2, None), ("killed", 0, None)]),
        ("Kənd sakinləri arasında itkin yoxdur.", [("missing", 0, None)]),
    ],
)
def test_none_after_a_noun_of_a_fate_in_azerbaijani(text, expected):
    assert claim_fields(text, "az", FIELDS) == expected


def test_a_none_reported_as_denied_is_no_count():
    text = "Nazirlik ölkədə siyasi məhbus olmadığını bildirir."
    assert claim_fields(text, "az", FIELDS) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Северный участок: 7 погибших, раненых нет.", [("killed", 7, None), ("injured", 0, None)]),
        ("Погибших, раненых нет.", [("killed", 0, None), ("injured", 0, None)]),
    ],
)
def test_a_russian_none_after_a_count_and_its_fate(text, expected):
    assert claim_fields(text, "ru", FIELDS) == expected
