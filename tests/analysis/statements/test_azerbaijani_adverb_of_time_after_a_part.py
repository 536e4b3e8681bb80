"""An Azerbaijani adverb of time after a part's count ("10-u hələ də həbsdədir", ten of them
are still held) opens its predicate: it is no noun of the part, which is of its whole's
group as the parts beside it are. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_a_part_still_held_is_of_the_wholes_group():
    text = "Saxlanılan 25 tələbədən 15-i azad edilib, 10-u hələ də həbsdədir."
    assert claim_fields(text, "az", FIELDS) == [
        ("detained", "students", 25, None),
        ("released", "students", 15, 0),
        ("detained", "students", 10, 0),
    ]


def test_near_miss_a_part_named_by_its_own_group_keeps_it():
    text = "Saxlanılan 25 nəfərdən 10-u tələbədir."
    assert claim_fields(text, "az", FIELDS) == [
        ("detained", "all", 25, None),
        ("detained", "students", 10, 0),
    ]
