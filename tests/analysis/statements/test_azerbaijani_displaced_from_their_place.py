"""Persons "moved from their place" are displaced in Azerbaijani, the humanitarian term
("yerindən edilib", "məcburi yerindən edilmiş şəxslər", and the active "yerindən edib"); care
given "on the spot" ("yerində") moves no one. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Daşqın nəticəsində 2.450 nəfər yerindən edilib.", [("displaced", 2450)]),
        ("Məcburi yerindən edilmiş 860 şəxs yataqxanalarda qalır.", [("displaced", 860)]),
        ("Döyüşlər 300-ə yaxın sakini yerindən edib.", [("displaced", 300)]),
        ("Həkimlər 14 nəfərə yerində ilk yardım göstərib.", []),
    ],
)
def test_displaced_from_their_place(text: str, expected: list[tuple]) -> None:
    assert claim_fields(text, "az", ("category", "count")) == expected


def test_a_part_of_them_is_of_the_displaced() -> None:
    text = "Sel 1.200 nəfəri yerindən edib, onlardan 400-ü uşaqdır."
    assert claim_fields(text, "az", ("category", "subgroup", "count", "parent")) == [
        ("displaced", "all", 1200, None),
        ("displaced", "children", 400, 0),
    ]
