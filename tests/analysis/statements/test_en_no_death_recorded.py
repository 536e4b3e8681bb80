"""English: "No death was recorded" (or reported, registered) is a zero of the killed, as "no
deaths were recorded" is; a death named as an event ("his death was reported to the family")
or a death sentence counts no one. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "as_stated")


def test_no_death_recorded_is_a_zero_of_the_killed():
    text = "No death was recorded in the facility last year."
    assert claim_fields(text, "en", FIELDS) == [("killed", 0, "No death was recorded")]


def test_near_miss_one_death_named_as_an_event_counts_no_one():
    text = "His death was reported to the family on Monday; 3 men were detained."
    assert claim_fields(text, "en", FIELDS) == [("detained", 3, "3 men were detained")]


def test_near_miss_no_death_sentence_counts_no_one():
    assert claim_fields("No death sentence was passed.", "en", FIELDS) == []
