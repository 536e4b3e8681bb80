""" "An earlier report said 40 people had died. … At least 23 people died, raising the toll from
19. Among the dead were four children": the dead the children are among are the toll that
rose, told nearest before the step it rose from, not a larger figure an earlier version gave.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_the_toll_that_rose_not_the_figure_corrected():
    text = (
        "An earlier report said 40 people had died in the blaze. Officials later said that "
        "number included the injured. At least 23 people died in the blaze, raising the toll "
        "from 19 dead. Among the dead were four children."
    )
    fields = claim_fields(text, "en", FIELDS)
    toll = next(k for k, f in enumerate(fields) if f[2] == 23)
    assert ("killed", "children", 4, toll) in fields


def test_near_miss_the_toll_that_rose_alone():
    text = (
        "At least 23 people died in the blaze, raising the toll from 19 dead. "
        "Among the dead were four children."
    )
    assert ("killed", "children", 4, 0) in claim_fields(text, "en", FIELDS)
