"""A line of a live page that opens with "CORRECTION:" corrects within itself: of two figures of
one act and group in it, the earlier is the one taken back, and so is the same figure an
earlier post gave; the toll of other posts stands as it rises. A correction line that gives a
figure once corrects nothing. Texts written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def counts(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count"))


def test_the_figure_a_correction_line_takes_back_is_dropped_everywhere():
    text = (
        "LIVE: Flooding in the valley\n\n"
        "08:10 Police say 5 people were killed and 30 people were injured in Rosk.\n\n"
        "09:05 CORRECTION: Our 08:10 post gave 30 injured. Police have since said 26 people were "
        "injured.\n\n"
        "10:40 The toll has risen to 8 dead, police say.\n"
    )
    assert counts(text) == [("killed", 5), ("injured", 26), ("killed", 8)]


def test_near_miss_a_correction_line_with_one_figure():
    text = (
        "LIVE: Flooding in the valley\n\n"
        "08:10 Police say 30 people were injured in Rosk.\n\n"
        "09:05 CORRECTION: An earlier post misspelt the town's name. 31 people were injured.\n"
    )
    assert counts(text) == [("injured", 30), ("injured", 31)]
