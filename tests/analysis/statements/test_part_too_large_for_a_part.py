"""A count "of them" larger than the part named just before it is a part of that part's
whole, where it fits («двое из которых скончались. Семеро из них …»: not of the two).
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    ("text", "language", "fate"),
    [
        (
            "Охрана избила 40 заключённых, трое из которых умерли. Девятеро из них получили "
            "переломы.",
            "ru",
            "injured",
        ),
        (
            "Soldiers seized 40 villagers, three of whom died. Nine of them were released in May.",
            "en",
            "released",
        ),
    ],
)
def test_a_part_larger_than_the_part_before_is_of_its_whole(text, language, fate):
    assert [(f[0], f[2], f[3]) for f in claim_fields(text, language, FIELDS)][2] == (fate, 9, 0)


def test_near_miss_a_part_that_fits_in_the_part_before_stays_its_part():
    text = "Охрана избила 40 заключённых, двенадцать из которых умерли. Девятеро из них были женщинами."
    assert claim_fields(text, "ru", FIELDS)[2] == ("killed", "women", 9, 1)
