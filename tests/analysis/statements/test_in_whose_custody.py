"""Persons "in police custody" or "in the custody of" someone are held, as those "in custody"
are: a count of them is of the detained, and their fate said unknown after it is a
disappearance ("The fate of 85 people last seen in the custody of the border police remains
unknown"). A verb of their own beside it comes first ("died in police custody"). Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "subgroup", "count")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 140 protesters remain in police custody.", [("detained", "all", 140)]),
        ("Ninety people are still in the custody of the army.", [("detained", "all", 90)]),
        (
            "The fate of 85 people last seen in the custody of the border police remains unknown.",
            [("disappeared", "all", 85)],
        ),
    ],
)
def test_persons_in_whose_custody_are_held(text, expected):
    assert claim_fields(text, "en", _FIELDS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three men died in military custody last year.", [("killed", "men", 3)]),
        (
            "The 40 children in the custody of their aunt were evacuated.",
            [("displaced", "children", 40)],
        ),
    ],
)
def test_a_verb_of_their_own_comes_first(text, expected):
    assert claim_fields(text, "en", _FIELDS) == expected
