"""A breakdown after a colon by where each count came from: "The remains of 30 people were
recovered: 22 from the well and 8 from the ditch" gives two parts of the 30. Where an act
happened ("12 killed: 7 in Osk and 5 in Tarn") makes none (``test_phrase_grammar``).
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_counts_from_each_site_are_parts_of_the_remains_recovered():
    text = (
        "The remains of 30 people were recovered in total: 22 from Grave A and 8 from Grave B. "
        "Of the 30, 12 have been identified."
    )
    assert claim_fields(text, "en", FIELDS) == [
        ("found_dead", 30, None),
        ("found_dead", 22, 0),
        ("found_dead", 8, 0),
        ("identified", 12, 0),
    ]


def test_counts_from_sites_that_exceed_the_whole_are_no_parts():
    # Near miss: 22 and 18 are more than the 30 recovered: no breakdown of it.
    text = "The remains of 30 people were recovered: 22 from the well and 18 from the ditch."
    assert ("found_dead", 22, 0) not in claim_fields(text, "en", FIELDS)
