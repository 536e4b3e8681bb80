"""A witness's story: men taken, then "us" held, then some of the men back and "the other seven"
not seen since. The parts of the men told after "us" held are the men's, not ours, and "the
other seven", with those back, make up the men taken. "They took the men, eleven in all" counts
the men taken. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")

TEXT = (
    "Gunmen took the men, eleven in all. They held us in the barn, about thirty of us. "
    "Four of the men came back. All four had been beaten. "
    "The other seven have not been seen since."
)


def test_the_men_taken_counted_after():
    assert claim_fields("They took the men, nine in all.", "en", ("category", "count")) == [
        ("captured", 9)
    ]


def test_the_others_complete_the_men():
    claims = claim_fields(TEXT, "en", FIELDS)
    assert claims[0] == ("captured", 11, None)
    assert ("disappeared", 7, 0) in claims
    assert ("released", 4, 0) in claims


def test_the_beaten_are_not_of_us():
    claims = claim_fields(TEXT, "en", FIELDS)
    assert ("tortured", 4, 1) not in claims


def test_near_miss_a_fate_of_us_still_ours():
    text = "They held us in the barn, about thirty of us. Two of them were shot."
    assert claim_fields(text, "en", FIELDS) == [("detained", 30, None), ("killed", 2, 0)]
