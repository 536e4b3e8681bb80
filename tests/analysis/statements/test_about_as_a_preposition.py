""" "About" right after a word of report or learning ("information about", "learned about")
is the preposition of that word; it says nothing of the number after it, which stays exact.
Elsewhere "about" is "approximately". Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "count", "qualifier")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Mission received information about 40 civilians unlawfully detained by the "
         "military.", [("detained", 40, "exact")]),
        ("The Ombudsman received complaints about 12 detainees who had been tortured.",
         [("tortured", 12, "exact")]),
        ("Monitors learned about 7 men taken hostage at the checkpoint.",
         [("captured", 7, "exact")]),
    ],
)  # fmt: skip
def test_the_preposition_leaves_the_count_exact(text, expected):
    assert claim_fields(text, "en", _FIELDS) == expected


@pytest.mark.parametrize(
    "text",
    [
        "About 40 civilians were detained by the military.",
        "There are reports that about 40 civilians were detained by the military.",
    ],
)
def test_about_before_a_number_elsewhere_is_still_approximately(text):
    assert claim_fields(text, "en", _FIELDS) == [("detained", 40, "about")]
