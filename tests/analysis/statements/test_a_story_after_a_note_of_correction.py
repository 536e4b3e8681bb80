"""A correction notice's note corrects the figures in its own paragraph; a story given in full
after it may count one act twice, by two sources, and both stand. Within the note, the earlier
figure of an act is still the one corrected. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_two_sources_in_the_story_after_the_note_both_stand():
    text = (
        "CORRECTION: An earlier version of this story gave the wrong date of the raid.\n\n"
        "ORLEN, May 2 (Wire) - Police said 210 people had been detained. Lawyers said 450 "
        "people had been detained."
    )
    assert claim_fields(text, "en", FIELDS) == [("detained", 210), ("detained", 450)]


def test_near_miss_the_note_corrects_its_own_earlier_figure():
    text = (
        "Correction. An article on 3 May stated that 19 people were detained in Orlen. "
        "In fact 12 people were detained."
    )
    assert claim_fields(text, "en", FIELDS) == [("detained", 12)]
