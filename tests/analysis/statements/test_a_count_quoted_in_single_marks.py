"""A count quoted in single marks ("rounded up 'more than 40' traders") is read as if it were
not quoted; an apostrophe of a possessive is no quote mark. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def test_a_count_in_single_marks_is_read():
    text = "A rights group said soldiers had rounded up 'at least 25' fishermen at the port."
    assert claim_fields(text, "en", ("category", "count", "qualifier")) == [
        ("detained", 25, "at_least")
    ]


def test_near_miss_a_possessive_apostrophe_before_a_count():
    text = "The fishermen' 30 boats were burned; soldiers detained 12 fishermen."
    assert ("detained", 12) in claim_fields(text, "en", ("category", "count"))
