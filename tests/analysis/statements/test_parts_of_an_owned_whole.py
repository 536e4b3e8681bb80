"""A part taken "of" a whole owned by a possessive noun or pronoun ("12 of the hamlet's 40
men", "nine of their 30 guards") is a part of that whole as after "of the" alone; an act
that opens with its auxiliary ("were shot dead") after the whole is the part's, not the
whole's. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize(
    "text",
    [
        "At the quarry, 12 of the hamlet's 40 men were shot dead.",
        "At the quarry, 12 of the 40 men were shot dead.",
    ],
)
def test_the_act_after_an_owned_whole_is_the_parts(text):
    assert claim_fields(text, "en", FIELDS) == [("killed", 12, None)]


def test_a_part_of_a_whole_owned_by_a_pronoun_takes_the_act():
    text = "During the riot nine of their 30 guards were badly hurt."
    assert claim_fields(text, "en", FIELDS) == [("injured", 9, None)]
