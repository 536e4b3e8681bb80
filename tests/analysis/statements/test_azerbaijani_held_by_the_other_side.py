"""Persons held by the other side of a war ("qarşı tərəfdə … saxlanılır", "qarşı tərəfin
əlində") are captured, the count before the verb or after the place; held in a remand prison,
or arrested by police standing across the street, is detention. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count"))


@pytest.mark.parametrize(
    "text",
    [
        "Komissiyanın sözlərinə görə, qarşı tərəfdə hələ 11 nəfər saxlanılır.",
        "Qarşı tərəfdə saxlanılan 11 nəfərin adları açıqlanmayıb.",
        "Daha 11 hərbçimiz qarşı tərəfin əlindədir.",
    ],
)
def test_held_by_the_other_side_is_captured(text):
    assert _read(text) == [("captured", 11)]


def test_near_miss_held_in_a_remand_prison_is_detained():
    assert _read("Hazırda təcridxanada 11 nəfər saxlanılır.") == [("detained", 11)]
    assert _read("Polis qarşı tərəfdə dayanan 11 nəfəri saxlayıb.") == [("detained", 11)]
