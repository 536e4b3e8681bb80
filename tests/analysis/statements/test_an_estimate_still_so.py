"""A count still so that is only estimated, after a whole only estimated, revises the estimate
and is no rest of it: "About 30 people are believed to be under the rubble … up to 18 people
were still missing". Nothing is left over from a guess. A part named "of them" stays a part,
and a count still so after an exact whole stays its rest. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier", "parent")


def test_an_estimate_after_an_estimate_has_no_parent():
    text = (
        "Around 30 people are feared buried under the rubble. By evening up to 18 people "
        "were still missing."
    )
    assert claim_fields(text, "en", FIELDS) == [
        ("missing", 30, "about", None),
        ("missing", 18, "at_most", None),
    ]


def test_near_miss_a_part_of_them_stays_a_part():
    text = "About 300 people were detained on Friday. Up to 40 of them remain in custody."
    assert ("detained", 40, "at_most", 0) in claim_fields(text, "en", FIELDS)


def test_near_miss_the_rest_of_an_exact_whole():
    text = "Police detained 300 people on Friday. Up to 40 remain in custody."
    assert ("detained", 40, "at_most", 0) in claim_fields(text, "en", FIELDS)
