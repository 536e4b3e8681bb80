"""A participle (or a label's verb) that tells a later fate of persons whose noun already
names an earlier one says what befell them since: freed hostages are released, hostages
killed by their captors killed. A participle of the noun's own fate adds nothing. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_freed_hostages_are_released():
    text = "On Tuesday 9 freed hostages reached the border crossing."
    assert claim_fields(text, "en", FIELDS) == [("released", 9)]


def test_a_label_of_captives_released_counts_the_released():
    text = "Captives released in swaps: 14."
    assert claim_fields(text, "en", FIELDS) == [("released", 14)]


def test_near_miss_abducted_hostages_stay_captured():
    text = "On Tuesday 9 abducted hostages were seen in a video."
    assert claim_fields(text, "en", FIELDS) == [("captured", 9)]


def test_near_miss_hostages_held_stay_captured():
    text = "Hostages held in the hills: 14."
    assert claim_fields(text, "en", FIELDS) == [("captured", 14)]
