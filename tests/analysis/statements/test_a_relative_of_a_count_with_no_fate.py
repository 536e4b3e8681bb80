"""A part counted with "of whom" after a count of persons that is no figure ("charged 31
persons, 12 of whom …") has no whole among the figures; an administrative arrest named
before its count is a part of the detained. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def test_the_part_of_the_charged_has_no_whole():
    text = (
        "Police detained 500 people. Prosecutors have charged 44 persons, 9 of whom remain "
        "in custody."
    )
    assert claim_fields(text, "en", ("category", "count", "parent")) == [
        ("detained", 500, None),
        ("detained", 9, None),
    ]


def test_near_miss_of_whom_after_the_detained_is_their_part():
    text = "Police detained 500 people, 9 of whom remain in custody."
    assert claim_fields(text, "en", ("category", "count", "parent")) == [
        ("detained", 500, None),
        ("detained", 9, 0),
    ]


def test_an_administrative_arrest_named_before_the_count_is_a_part_of_the_detained():
    text = (
        "Police detained 500 people on Friday. Administrative detention of up to ten days "
        "was imposed on 70 people."
    )
    assert claim_fields(text, "en", ("category", "count", "parent")) == [
        ("detained", 500, None),
        ("detained", 70, 0),
    ]
