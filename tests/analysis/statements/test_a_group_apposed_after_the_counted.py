"""A group named in an aside between commas right after the persons counted ("Four of our
citizens, aid workers with a relief agency, were detained") says who they are: the verb
after the aside is theirs, the group their subgroup. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four of our citizens, aid workers with a relief agency, were detained at the border.",
         ("detained", "aid workers", 4)),
        ("Two passengers, journalists on their way home, were wounded by the blast.",
         ("injured", "journalists", 2)),
        ("Five residents, teachers at the village school, were killed in the strike.",
         ("killed", "teachers", 5)),
    ],
)  # fmt: skip
def test_the_apposed_group_is_the_subgroup(text, expected):
    assert claim_fields(text, "en", ("category", "subgroup", "count")) == [expected]


def test_peacekeepers_are_a_label_of_their_own():
    text = "Three peacekeepers were injured when their vehicle hit a mine."
    assert claim_fields(text, "en", ("category", "subgroup", "count")) == [
        ("injured", "peacekeepers", 3)
    ]
