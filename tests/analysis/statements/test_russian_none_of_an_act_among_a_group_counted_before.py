"""Russian: none of an act named right before «среди» («погибших среди спасателей нет») says
that act befell none of the group named after it, even when that group was counted just
before for another act («Трое спасателей ранены»): a zero of the group, no part of the
earlier figure. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    "text",
    [
        "Трое спасателей получили ранения при разборе завалов; погибших среди спасателей нет.",
        "Трое спасателей получили ранения. Погибших среди спасателей за неделю нет.",
    ],
)
def test_none_of_an_act_among_a_group_counted_before(text):
    found = claim_fields(text, "ru", FIELDS)
    assert ("killed", "all", 0, 0) not in found
    assert any(f[0] == "killed" and f[2] == 0 and f[3] is None for f in found)


def test_a_group_none_among_the_dead_is_a_zero_of_that_group():
    # A zero stands alone too when its group is among those the toll counts (zeros_of_a_group).
    text = "Погибли 29 мирных жителей. Детей среди погибших нет."
    assert claim_fields(text, "ru", FIELDS) == [
        ("killed", "civilians", 29, None),
        ("killed", "children", 0, None),
    ]
