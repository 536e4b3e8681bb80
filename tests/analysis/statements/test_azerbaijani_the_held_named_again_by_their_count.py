"""Azerbaijani "18 nəfərdən 4-ü geri qayıdıb" after "18 kişini aparıblar": a whole with no act
of its own whose count is that of the held counted just before names them again, so those of
them who came back were released, as "Of the 18, only four came back" reads in English.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize(
    "text",
    [
        "Hərbçilər kənddən 25 kişini aparıblar. 25 nəfərdən 6-sı geri qayıdıb.",
        "Hərbçilər kənddən 25 kişini aparıblar. İyirmi beş nəfərdən yalnız altısı geri qayıdıb.",
    ],
)
def test_those_of_the_held_named_again_who_came_back_were_released(text):
    assert claim_fields(text, "az", FIELDS) == [("captured", 25, None), ("released", 6, 0)]


@pytest.mark.parametrize(
    "text",
    [
        # Another count: not the held named again.
        "Hərbçilər kənddən 25 kişini aparıblar. 30 nəfərdən 6-sı geri qayıdıb.",
        # Those who fled and came back were never held.
        "Döyüşlər zamanı 25 nəfər kəndi tərk edib. 25 nəfərdən 6-sı geri qayıdıb.",
    ],
)
def test_near_miss_no_release_without_the_held(text):
    assert ("released", 6) not in [c[:2] for c in claim_fields(text, "az", FIELDS)]
