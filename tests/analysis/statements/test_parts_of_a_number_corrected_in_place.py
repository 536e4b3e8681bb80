"""«Ранены не 9, а 11 человек, из них четверо — дети»: the parts said after a number corrected in
place are the right figure's, as they would be with no wrong number beside it. Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    "text",
    [
        "По уточнённым данным, ранены не 9, а 11 человек, из них четверо госпитализированы.",
        "По уточнённым данным, ранены 11 человек, из них четверо госпитализированы.",
    ],
)
def test_the_part_is_the_right_figures(text):
    assert claim_fields(text, "ru", FIELDS) == [
        ("injured", "all", 11, None),
        ("injured", "all", 4, 0),
    ]


def test_the_wrong_number_alone_is_dropped():
    text = "По уточнённым данным, ранены не 9, а 11 человек."
    assert claim_fields(text, "ru", FIELDS) == [("injured", "all", 11, None)]
