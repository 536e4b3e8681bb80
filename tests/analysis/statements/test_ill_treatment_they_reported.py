"""Ill-treatment that persons counted report of themselves: "30 of those held later told
lawyers of the regional bar association that they had been beaten" (however long the words
of whom they told it to), "12 of them complained of beatings". Complaints counted are papers,
no victims. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")
_HELD = "About 200 people were arrested after the march. "


@pytest.mark.parametrize(
    "text",
    [
        _HELD + "Thirty of those arrested later told lawyers of the regional bar association "
        "that they had been beaten.",
        _HELD + "Thirty of those arrested complained of beatings in custody.",
        _HELD + "Thirty of those arrested later lodged complaints of beatings in custody.",
    ],
)
def test_a_part_reporting_its_own_ill_treatment_was_tortured(text):
    assert claim_fields(text, "en", FIELDS)[1] == ("tortured", 30, 0)


def test_what_they_report_seeing_is_no_act_done_to_them():
    # Near miss: "that they had seen" reports no act done to the thirty.
    text = _HELD + (
        "Thirty of those arrested later told lawyers of the regional bar association that "
        "they had seen the march."
    )
    assert "tortured" not in [c[0] for c in claim_fields(text, "en", FIELDS)]


def test_complaints_counted_are_no_victims():
    # Near miss: the papers, not the persons.
    assert claim_fields("The ombudsman received 40 complaints of beatings.", "en", FIELDS) == []
