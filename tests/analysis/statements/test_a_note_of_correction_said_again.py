"""A wire's bracketed note of correction ("(Corrects toll in paragraph 1 to 12 from 21)",
"(This story has been corrected to show that 30 people were hurt, not 36)") tells what the
story now says: its figure, given again in the story's own words, is one figure, not two. A
note's figure the story gives nowhere else stays the claim. Texts written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_a_correction_note_restating_the_lead_adds_nothing():
    text = (
        "CORRECTED-Air strike on Tolva camp kills twelve, medics say\n"
        "(Corrects death toll in headline and paragraph 1 to twelve from 21)\n\n"
        "TOLVA, May 2 (Wire) - An air strike on the Tolva camp killed twelve people on "
        "Friday, medics said.\n"
    )
    assert claim_fields(text, "en", FIELDS) == [("killed", 12)]


def test_a_note_at_the_foot_restating_a_paragraph_adds_nothing():
    text = (
        "Thirty people were hurt when police charged the march, medics said.\n\n"
        "(This story has been corrected to show that 30 people were hurt, not 36, "
        "in paragraph 1)\n"
    )
    assert claim_fields(text, "en", FIELDS) == [("injured", 30)]


def test_near_miss_a_note_with_a_figure_given_nowhere_else_stays():
    text = (
        "Thirty people were hurt when police charged the march, medics said.\n\n"
        "(This story has been corrected to show that 4 people were detained)\n"
    )
    assert claim_fields(text, "en", FIELDS) == [("injured", 30), ("detained", 4)]
