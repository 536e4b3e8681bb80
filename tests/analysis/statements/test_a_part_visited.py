"""A part that a monitor visited ("our delegates visited about 600 of them", «делегаты посетили
около 600 из них») is the visit's object: a count of visits, no figure of what befell them.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier", "parent")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "More than 2,000 prisoners of war are held. Our delegates visited about 600 of them.",
            "en",
        ),
        ("Удерживаются более 2000 военнопленных. Наши делегаты посетили около 600 из них.", "ru"),
    ],
)
def test_the_visited_part_is_no_figure(text, language):
    assert claim_fields(text, language, FIELDS) == [("captured", 2000, "at_least", None)]


def test_near_miss_a_part_with_a_fate_of_its_own_is_a_figure():
    text = "More than 2,000 prisoners of war are held. About 600 of them were freed in June."
    assert claim_fields(text, "en", FIELDS) == [
        ("captured", 2000, "at_least", None),
        ("released", 600, "about", 0),
    ]
