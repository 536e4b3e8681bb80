"""The terms of a fraction ("two thirds of them", «три четверти», "dörddə üçü") are no counts:
the share says what part of a whole the act befell, not how many. The whole stays a figure.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language", "whole"),
    [
        ("About 900 villagers fled; two thirds of them were children.", "en",
         ("displaced", "all", 900, None)),
        ("Three quarters of the 240 detainees were beaten.", "en",
         ("detained", "all", 240, None)),
        ("Около 900 жителей бежали; две трети из них — дети.", "ru",
         ("displaced", "all", 900, None)),
        ("Три четверти из 240 задержанных избиты.", "ru", ("detained", "all", 240, None)),
        ("240 məhbusun dörddə üçü döyülüb.", "az", ("detained", "all", 240, None)),
        ("Təxminən 900 sakin qaçıb; onların üçdə ikisi uşaqdır.", "az",
         ("displaced", "all", 900, None)),
    ],
)  # fmt: skip
def test_a_fraction_is_no_count(text, language, whole):
    assert _read(text, language) == [whole]


def test_a_count_before_an_ordinal_that_is_no_fraction_stays():
    assert _read("Two fifths of the village burned; 14 people were killed.", "en") == [
        ("killed", "all", 14, None)
    ]
