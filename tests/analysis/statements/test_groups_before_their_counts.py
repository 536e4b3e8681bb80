"""Groups named before their counts in a list after a colon: "Of the 60 detained: men 41,
women 15, boys 4" gives three parts of the 60. A single "women 12" is no list. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_each_count_after_its_group_is_a_part():
    text = "Of the 60 people detained in March: men 41, women 15, boys 4."
    assert claim_fields(text, "en", FIELDS) == [
        ("detained", "all", 60, None),
        ("detained", "men", 41, 0),
        ("detained", "women", 15, 0),
        ("detained", "boys", 4, 0),
    ]


def test_counts_after_groups_that_exceed_the_whole_are_no_parts():
    # Near miss: 41 and 25 are more than the 60: no breakdown of it.
    text = "Of the 60 people detained in March: men 41, women 25."
    assert ("detained", "men", 41, 0) not in claim_fields(text, "en", FIELDS)
