"""Ill-treatment that persons counted report as done to them by others: "at least 80 told
the monitors that guards of the isolation block had beaten them", "nine of the 25 say
soldiers beat them" (the act's object "them" is the reporters, however long the words of its
doers). A part counted before its whole's number ("nine of the 25 say …") keeps the act it
reports, even where a noun of another act follows ("during the arrest"). Sentences written
here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")
_HELD = "Soldiers rounded up 25 farmers in Telwick on Sunday. "


@pytest.mark.parametrize(
    "told",
    [
        "Nine of them later told the monitors that guards of the isolation block had beaten them.",
        "Nine of the 25 say soldiers beat them.",
        "Nine of the 25 say soldiers beat them during the arrest.",
        "Nine of the 25 told a doctor that officers of the military police had beaten them "
        "on the first night.",
    ],
)
def test_a_part_telling_of_beatings_by_others_was_tortured(told):
    assert claim_fields(_HELD + told, "en", FIELDS)[1] == ("tortured", "all", 9, 0)


def test_a_long_line_of_doers_still_leaves_the_act_to_the_reporters():
    text = (
        "Of the 140 people held at the stadium, at least 60 told our researchers that "
        "members of the special rapid response unit had beaten them, of whom 8 needed "
        "hospital treatment."
    )
    claims = claim_fields(text, "en", ("category", "count", "parent"))
    assert ("tortured", 60, 0) in claims
    assert ("injured", 8, claims.index(("tortured", 60, 0))) in claims


def test_what_they_saw_done_to_another_is_no_act_done_to_them():
    # Near miss: the object is someone else, not "them".
    text = (
        "Of the 140 people held at the stadium, at least 60 told our researchers that "
        "members of the special rapid response unit had beaten a journalist."
    )
    assert claim_fields(text, "en", ("category", "count", "parent")) == [("detained", 140, None)]
