"""A rounded bound on the first line is a headline's restatement of a figure below only when
that line is a headline: a first line of several sentences is the report's first paragraph,
and its «не меньше 20 раненых» is the count known then, which a later figure updates.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier")


def test_a_bound_in_a_first_paragraph_stands():
    text = (
        "Ночью обстрел рынка. Погибли 3 человека, ранены не меньше 20.\n"
        "К утру число раненых выросло до 26."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("killed", 3, "exact"),
        ("injured", 20, "at_least"),
        ("injured", 26, "exact"),
    ]


def test_near_miss_a_headline_bound_is_said_again_below():
    text = "Ранены более 20 человек\nНочью обстрел рынка. Погибли 3 человека, ранены 26."
    assert claim_fields(text, "ru", FIELDS) == [("killed", 3, "exact"), ("injured", 26, "exact")]
