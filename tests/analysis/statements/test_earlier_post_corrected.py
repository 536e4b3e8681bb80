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


def test_the_earlier_posts_own_figure_is_withdrawn_with_it():
    # The figure the correction names is the one the earlier post gave: withdrawn, the new
    # one stands.
    text = (
        "10:05 - Police say 3 people were killed and 40 injured in the blast.\n\n"
        "12:30 - Correction: an earlier post said 40 injured. Police now say 34 people were "
        "injured."
    )
    assert claim_fields(text, "en", FIELDS) == [("killed", 3), ("injured", 34)]


def test_near_miss_an_earlier_figure_of_another_count_stands():
    # The correction names 50, which no earlier post gave: the 40 stands.
    text = (
        "10:05 - Police say 3 people were killed and 40 injured in the blast.\n\n"
        "12:30 - Correction: an earlier post said 50 injured."
    )
    assert claim_fields(text, "en", FIELDS) == [("killed", 3), ("injured", 40)]
