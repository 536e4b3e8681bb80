"""An Azerbaijani part right after a whole in the genitive takes its possessive on the word
of thousands ("12 min nəfərin 4 mini", four thousand of the twelve thousand) or on a numeral
word ("30 nəfərin üçü"), as on digits ("4 000-i"). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    "text",
    [
        "Sel zamanı təxliyə olunan 9 min nəfərin 3 mini uşaqdır.",
        "Sel zamanı təxliyə olunan 9 min nəfərin üç mini uşaqdır.",
    ],
)
def test_part_in_thousands(text: str) -> None:
    assert claim_fields(text, "az", FIELDS) == [
        ("displaced", "all", 9000, None),
        ("displaced", "children", 3000, 0),
    ]


def test_near_miss_a_count_of_things_owned_is_no_part() -> None:
    text = "Sel zamanı təxliyə olunan 9 min nəfərin 3 min evi su altında qalıb."
    assert ("displaced", "all", 3000, 0) not in claim_fields(text, "az", FIELDS)
