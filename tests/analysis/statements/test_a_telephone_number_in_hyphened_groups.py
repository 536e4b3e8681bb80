""" "Call 1-800-555-0199": every group of a telephone number written in three or more groups
joined by hyphens is a designation, wherever it stands among them (the last group was read
as a count). A range ("10-15") has one hyphen and counts. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count", "count_low", "count_high"))


def test_the_last_group_of_a_hotline():
    text = "Relatives can call 1-888-410-2277 to report a missing relative."
    assert _read(text) == []


def test_the_middle_groups_are_no_range():
    text = "Call 412-30-96 if you know of 5 missing fishermen."
    assert _read(text) == [("missing", 5, None, None)]


def test_near_miss_a_range_with_one_hyphen():
    text = "Between 10-15 people were reported missing after the flood."
    assert _read(text) == [("missing", None, 10, 15)]
