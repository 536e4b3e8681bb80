"""Azerbaijani "həbs" (arrest) in its cases is detention, but "həbsxana" (prison), which
begins as it does, is where persons are: what befell them there is told by another verb.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "qualifier", "parent"))


def test_a_part_that_died_in_prison_is_killed():
    text = "Aksiya zamanı 30 nəfər saxlanıldı. Onlardan ikisi sonra həbsxanada ölüb."
    assert _read(text) == [
        ("detained", "all", 30, "exact", None),
        ("killed", "all", 2, "exact", 0),
    ]


def test_persons_who_died_in_prison_are_killed():
    assert _read("Keçən ay həbsxanada 3 nəfər ölüb.") == [("killed", "all", 3, "exact", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Aksiya zamanı 20 nəfər həbs edilib.",
        "20 fəalın həbsi etiraz doğurub.",
        "Hazırda 20 nəfər həbsdədir.",
        "Ötən həftə aparılan həbslər zamanı 20 nəfər tutularaq saxlanılıb.",
    ],
)
def test_the_arrest_in_its_cases_is_still_detention(text):
    assert _read(text) == [("detained", "all", 20, "exact", None)]
