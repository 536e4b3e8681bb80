""" "Including" after a part named only as persons or civilians, with no act of its own ("530 of
them are civilians, including 44 women"), spells out that part, which is of its whole's fate.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Müharibədə 2 140 nəfər itkin düşüb. Bunlardan 530-u mülki vətəndaşlardır, o "
            "cümlədən 44 qadın və 12 uşaq.",
            "az",
        ),
        (
            "Of the 2,140 people listed as missing, 530 are civilians, including 44 women and "
            "12 children.",
            "en",
        ),
        (
            "В списках пропавших без вести 2140 человек. Из них 530 — мирные жители, в том "
            "числе 44 женщины и 12 детей.",
            "ru",
        ),
    ],
)
def test_the_listed_groups_are_parts_of_the_part(text, language):
    assert claim_fields(text, language, ("category", "subgroup", "count", "parent")) == [
        ("missing", "all", 2140, None),
        ("missing", "civilians", 530, 0),
        ("missing", "women", 44, 1),
        ("missing", "children", 12, 1),
    ]
