"""Two counts that share one verb of a lasting state ("3,500 soldiers and 900 civilians remain
in captivity") stand side by side: the second is no rest of the first. A count said to remain
after a whole counted before it is still its rest. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_two_groups_that_remain_held_are_side_by_side():
    text = "Some 2,100 soldiers and about 640 civilians remain in enemy captivity."
    assert claim_fields(text, "en", FIELDS) == [
        ("captured", "servicemen", 2100, None),
        ("captured", "civilians", 640, None),
    ]


def test_plain_persons_beside_soldiers_are_no_rest_either():
    text = "At least 800 soldiers and 150 people are still held in captivity."
    assert [f[3] for f in claim_fields(text, "en", FIELDS)] == [None, None]


def test_near_miss_a_rest_said_after_its_whole_is_still_its_part():
    text = "Police detained 75 students on Friday; 20 remain in custody."
    assert claim_fields(text, "en", FIELDS) == [
        ("detained", "students", 75, None),
        ("detained", "students", 20, 0),
    ]
