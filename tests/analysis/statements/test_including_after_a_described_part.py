""" "Including" after a part said of in a predicate of its own ("of whom 12 are in a serious
condition, including three children") takes that part as its whole; a marker that names the
whole («среди раненых») still takes the whole it names. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

EXPECTED = [("injured", "all", 40, None), ("injured", "all", 12, 0), ("injured", "children", 3, 1)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The clinic admitted 40 wounded, of whom 12 are in a serious condition, including "
         "three children.", "en"),
        ("Ранены 40 человек, из них 12 в тяжёлом состоянии, в том числе трое детей.", "ru"),
        ("40 nəfər yaralanıb, onlardan 12-si ağır vəziyyətdədir, o cümlədən 3 uşaq.", "az"),
    ],
)  # fmt: skip
def test_including_takes_the_described_part(text, language):
    assert claim_fields(text, language, ("category", "subgroup", "count", "parent")) == EXPECTED


def test_a_marker_naming_the_whole_takes_the_whole():
    text = "Ранены 40 человек, из них 12 в тяжёлом состоянии, среди раненых трое детей."
    assert claim_fields(text, "ru", ("subgroup", "count", "parent"))[2] == ("children", 3, 0)
