"""Groups listed after a count by commas and a last "and" ("some 300 women, children and
elderly persons were evicted") are all counted by it: one mixed group of persons, bound to
its verb across the list. Counts of their own in the list ("40 women, 12 children and 3
men") stay figures of their own. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_a_mixed_group_listed_after_the_count():
    text = "Some 300 women, children and elderly persons were evicted from the camp."
    assert claim_fields(text, "en", FIELDS) == [("displaced", "all", 300, None)]


def test_a_part_among_the_mixed_group():
    text = (
        "About 500 men, women and children were expelled from the valley. At least six "
        "children among them died on the road."
    )
    assert claim_fields(text, "en", FIELDS) == [
        ("displaced", "all", 500, None),
        ("killed", "children", 6, 0),
    ]


def test_near_miss_counts_of_their_own_in_the_list():
    text = "Police detained 40 women, 12 children and 3 men."
    assert claim_fields(text, "en", FIELDS) == [
        ("detained", "women", 40, None),
        ("detained", "children", 12, None),
        ("detained", "men", 3, None),
    ]
