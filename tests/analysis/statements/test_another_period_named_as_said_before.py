"""The other period's number after "up from the" ("up from the 19 it gave") is compared as
after "up from"; a parenthesis of another period may follow a longer adjunct ("in prisons
and pre-trial detention centres (2024: 187)"); and such a count between a whole and "of
those" is no whole that "of those" could speak of. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_up_from_the_number_reported_before():
    text = "The toll climbed to 31 on Sunday, officials said, up from the 24 they gave on Friday."
    assert claim_fields(text, "en", FIELDS) == [("killed", 31, None), ("killed", 24, None)]


def test_parenthesis_of_another_year_after_a_long_adjunct_and_its_part():
    text = (
        "Last year 96 inmates died in prisons and pre-trial detention facilities (2023: 88). "
        "Of those, 11 took their own lives."
    )
    assert claim_fields(text, "en", FIELDS) == [
        ("killed", 96, None),
        ("killed", 88, None),
        ("killed", 11, 0),
    ]


def test_near_miss_up_from_the_place_is_no_figure():
    text = "Soldiers detained 30 men, up from the river bank."
    assert claim_fields(text, "en", FIELDS) == [("detained", 30, None)]
