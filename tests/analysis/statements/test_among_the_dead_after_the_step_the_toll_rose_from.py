"""English "raising the toll from 14": the 14 is a step the toll rose from; "among the dead"
after it speaks of the toll as it now stands. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def test_the_dead_are_the_risen_toll():
    text = (
        "At least 26 people died in the flood of the camp, officials said, raising the toll "
        "from 19 dead given on Friday. Among the dead were five children."
    )
    assert claim_fields(text, "en", ("category", "subgroup", "count", "parent")) == [
        ("killed", "all", 26, None),
        ("killed", "all", 19, None),
        ("killed", "children", 5, 0),
    ]


def test_near_miss_a_later_smaller_count_not_risen_from_is_the_latest():
    text = (
        "At least 26 people died in the flood, officials said. A second flood killed 9 "
        "people the next day. Among the dead were five children."
    )
    assert claim_fields(text, "en", ("count", "parent"))[-1] == (5, 1)
