"""The finite verb "include" gives a part of the persons its subject counts, as "including"
does: "The 30 people still held include four women" counts four women among the 30, and
"The dead include two children" two children among the dead counted before. A total said
not to include persons counts them apart. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_a_part_of_the_count_of_the_subject():
    text = "Gunmen seized 50 villagers. The 30 villagers still held include four women."
    assert claim_fields(text, "en", FIELDS) == [
        ("captured", "all", 50, None),
        ("captured", "all", 30, 0),
        ("captured", "women", 4, 1),
    ]


def test_a_part_of_the_persons_counted_before():
    text = "Nineteen people were killed in the raid. The dead include six children."
    assert claim_fields(text, "en", FIELDS) == [
        ("killed", "all", 19, None),
        ("killed", "children", 6, 0),
    ]


def test_near_miss_a_total_that_does_not_include_them():
    text = "Nineteen people were killed. The total does not include 4 people still missing."
    assert claim_fields(text, "en", FIELDS) == [
        ("killed", "all", 19, None),
        ("missing", "all", 4, None),
    ]
