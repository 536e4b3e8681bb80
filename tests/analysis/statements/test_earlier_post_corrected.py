"""A live blog's correction of its own earlier entry: "Correction: an earlier post said 52
injured" withdraws the 52, as "an earlier version of this article said" does. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_a_figure_an_earlier_post_gave_is_withdrawn():
    text = "14:10 - Correction: an earlier post said 52 injured."
    assert claim_fields(text, "en", FIELDS) == []


def test_a_figure_posted_earlier_in_time_stands():
    # Near miss: "earlier today" dates the figure; nothing is withdrawn.
    text = "14:10 - Officials said earlier today that 52 people were injured."
    assert claim_fields(text, "en", FIELDS) == [("injured", 52)]
