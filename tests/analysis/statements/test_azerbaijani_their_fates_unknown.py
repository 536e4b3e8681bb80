"""Azerbaijani: "taleləri məlum deyil" (their fates are not known), "their" said by the plural
possessive alone, is said of the persons counted before it in its sentence: they are missing,
and disappeared where the holding of them is denied. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Təşkilatın iki üzvü aprelin 3-də evlərindən aparılıb, taleləri məlum deyil.", "missing"),
        (
            "Aprelin 3-də 2 nəfər evlərindən aparılıb; polis onların saxlanıldığını inkar edir, "
            "taleləri məlum deyil.",
            "disappeared",
        ),
        (
            "Təşkilatın iki üzvü — Elnur Qasımlı və Tural Əliyev — aprelin 3-də evlərindən "
            "aparılıb; hakimiyyət onları saxladığını təkzib edir, taleləri bilinmir.",
            "disappeared",
        ),
    ],
)
def test_persons_taken_whose_fates_are_unknown(text, expected):
    assert claim_fields(text, "az", ("category", "count")) == [(expected, 2)]
