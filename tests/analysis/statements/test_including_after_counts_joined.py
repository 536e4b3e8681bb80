""" "killed 20 soldiers and 15 civilians, including 4 children": "including" right after counts
joined by "and" speaks of the nearest, the last of them, which shares the fate of the first.
After a single count it speaks of that count. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_the_part_is_of_the_last_count_joined():
    text = "The shelling killed 20 soldiers and 15 civilians, including 4 children."
    assert ("killed", "children", 4, 1) in claim_fields(text, "en", FIELDS)


def test_of_the_last_of_two_groups():
    text = "Police detained 30 men and 12 women, including 3 minors."
    assert ("detained", "children", 3, 1) in claim_fields(text, "en", FIELDS)


def test_near_miss_a_single_count():
    text = "The shelling killed 35 people, including 4 children and 2 women."
    found = claim_fields(text, "en", FIELDS)
    assert ("killed", "children", 4, 0) in found
    assert ("killed", "women", 2, 0) in found
