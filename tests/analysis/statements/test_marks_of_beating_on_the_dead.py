"""Marks of beating or of violence on the bodies of some of the dead ("the bodies bore signs
of beating") tell they were tortured, as marks of torture do; deaths a register files as
suicides are deaths, parts of the toll. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier", "parent")


def test_signs_of_beating_on_a_part_of_the_dead():
    text = (
        "The ombudsman was told of 19 deaths in the colony last year. In at least five of "
        "the 19 cases the bodies bore signs of beating."
    )
    assert claim_fields(text, "en", FIELDS) == [
        ("killed", 19, "exact", None),
        ("tortured", 5, "at_least", 0),
    ]


def test_deaths_recorded_as_suicides_are_a_part_of_the_toll():
    text = "Of the 19 deaths in the colony, three were recorded as suicides."
    assert claim_fields(text, "en", FIELDS) == [
        ("killed", 19, "exact", None),
        ("killed", 3, "exact", 0),
    ]
