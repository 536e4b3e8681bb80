""" "40 prisoners were freed, including 6 women who had been held since 2023": a part whose
relative clause says, in the pluperfect, that they had been held before the whole's fate is
of that fate; "had been held" says who they are, no detention of its own. So with a few words
of whom between ("12 miners of the Dorn pit who had been held"), and among a group named
before ("Among the soldiers are …"). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_including_women_who_had_been_held():
    text = "40 prisoners were freed on Friday, including 6 women who had been held since 2023."
    assert ("released", "women", 6, 0) in claim_fields(text, "en", FIELDS)


def test_among_a_group_named_before_with_words_of_whom():
    text = (
        "The exchange brought home 60 people: 52 soldiers and 8 civilians. Among the soldiers "
        "are 12 miners of the Dorn pit who had been held since March."
    )
    assert ("released", "miners", 12, 1) in claim_fields(text, "en", FIELDS)


def test_near_miss_a_detention_of_their_own():
    text = "40 prisoners were freed on Friday, and 6 women were held overnight."
    assert ("detained", "women", 6, None) in claim_fields(text, "en", FIELDS)
