"""A whole opened by "of" at the start of a clause after "that" ("the envoy told us that of
the 210 sailors taken hostage, …") takes its parts as it does at the start of a sentence;
persons who "have come home" from captivity were released. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_a_whole_after_that_takes_its_parts():
    text = (
        "The envoy told reporters that of the 210 sailors taken hostage, 40 had been freed "
        "and 9 had died in captivity."
    )
    assert claim_fields(text, "en", FIELDS) == [
        ("captured", 210, None),
        ("released", 40, 0),
        ("killed", 9, 0),
    ]


def test_those_who_have_come_home_were_released():
    text = "Rebels seized 25 fishermen in March; 11 of them have come home since."
    assert claim_fields(text, "en", FIELDS) == [("captured", 25, None), ("released", 11, 0)]


def test_that_before_of_inside_a_clause_opens_nothing():
    text = "It was the largest of the 12 raids that killed 30 people."
    assert ("killed", 30, None) in claim_fields(text, "en", FIELDS)
