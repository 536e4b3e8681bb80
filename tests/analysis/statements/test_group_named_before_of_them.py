""" "Of them" after a count refers to a group named before it in the sentence with no number
of its own: "The guards took out the male prisoners, and at least 9 of them were shot" counts
9 men. With two groups named, which one the text does not say. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "qualifier")


def test_of_them_counts_the_group_named_before():
    text = (
        "The guards took out the male inhabitants of the street, and at least 9 of them were shot."
    )
    assert claim_fields(text, "en", FIELDS) == [("killed", "men", 9, "at_least")]


def test_of_them_with_two_groups_named_stays_everyone():
    # Near miss: "them" may be the men or the women.
    text = "The guards separated the men from the women, and at least 9 of them were shot."
    assert claim_fields(text, "en", FIELDS) == [("killed", "all", 9, "at_least")]
