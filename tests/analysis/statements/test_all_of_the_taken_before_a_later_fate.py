""" "They took seven. They beat all seven. Two days later they let three of them go": "all
seven" are the taken again, no figure of their own, and the three let go are still of the
seven taken. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_the_freed_of_the_taken_past_all_of_them():
    text = "They took seven. They beat all seven. Two days later they let three of them go."
    assert ("released", 3, 0) in claim_fields(text, "en", FIELDS)


def test_near_miss_a_smaller_part_between():
    text = "They took seven. They beat two of them. Two days later they let three of them go."
    assert ("released", 3, 1) not in claim_fields(text, "en", FIELDS)
