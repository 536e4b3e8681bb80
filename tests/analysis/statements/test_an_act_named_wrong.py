"""A figure followed by ", not" and the act it replaces ("the 4 drivers were killed, not
wounded") says that the earlier figure of that group and count under that act was wrong: it
is no claim, though it was a part of another. Another group's figure stands. Posts written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


def test_the_act_named_wrong_drops_the_earlier_figure():
    text = (
        "Update: 12 dead, 40 wounded. 4 nurses among the wounded.\n\n"
        "Correction: the 4 nurses were killed, not wounded."
    )
    claims = claim_fields(text, "en", FIELDS)
    assert ("injured", "medical workers", 4) not in claims
    assert ("killed", "medical workers", 4) in claims
    assert ("injured", "all", 40) in claims


def test_near_miss_another_groups_figure_stands():
    text = "On Monday 4 nurses were wounded. On Tuesday 4 drivers were killed, not wounded."
    claims = claim_fields(text, "en", FIELDS)
    assert ("injured", "medical workers", 4) in claims
    assert ("killed", "drivers", 4) in claims
