"""Qualifiers written as idioms: «без малого», «едва ли не» (all but: about), "az qala"
(almost), "bir qədər çox" (a little over: at least — "bir" is no numeral one there).
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "qualifier", "qualifier_words")


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        ("Ранены без малого 100 человек.", "ru", [("injured", "all", 100, "about", "без малого")]),
        ("Погибли едва ли не 100 человек.", "ru", [("killed", "all", 100, "about", "едва ли не")]),
        ("Az qala 100 nəfər həlak olub.", "az", [("killed", "all", 100, "about", "Az qala")]),
        (
            "100 nəfərdən bir qədər çox insan həlak olub.",
            "az",
            [("killed", "all", 100, "at_least", "bir qədər çox")],
        ),
        (
            "50 nəfərdən bir az artıq insan saxlanılıb.",
            "az",
            [("detained", "all", 50, "at_least", "bir az artıq")],
        ),
    ],
)
def test_idioms_qualify_the_count(text, language, claims):
    assert claim_fields(text, language, FIELDS) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # "bir az sonra": a little later, no one counted.
        ("Bir az sonra 5 nəfər saxlanılıb.", [("detained", "all", 5, "exact", "")]),
        # "bir" before a person is one.
        ("Bir nəfər həlak olub.", [("killed", "all", 1, "exact", "")]),
    ],
)
def test_bir_is_still_one_before_a_person(text, claims):
    assert claim_fields(text, "az", FIELDS) == claims
