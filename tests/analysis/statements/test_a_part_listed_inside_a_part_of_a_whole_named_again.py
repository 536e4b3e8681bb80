""" "Police arrested 30 people. Of the 30, 9 were children, including 3 girls": the children,
a part of the whole named again ("Of the 30"), learn their fate only once that whole is found
to be the earlier figure; the part "including" spells out of them is theirs all the same, and
shares their fate. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_a_group_included_in_a_part_of_the_arrested():
    text = "Police arrested 30 people. Of the 30, 9 were children, including 3 girls."
    assert claim_fields(text, "en", FIELDS) == [
        ("detained", "all", 30, None),
        ("detained", "children", 9, 0),
        ("detained", "girls", 3, 1),
    ]


def test_an_age_included_in_a_part_of_the_remains_found():
    text = (
        "Investigators exhumed the remains of 41 people. "
        "Of the 41, 15 were children, including 6 under the age of three."
    )
    assert ("found_dead", "children", 6, 1) in claim_fields(text, "en", FIELDS)


def test_near_miss_a_fate_after_the_list_is_not_the_parts():
    text = (
        "Police arrested 30 people. Of the 30, 9 were children, including 3 girls, "
        "and 4 were released."
    )
    fields = claim_fields(text, "en", FIELDS)
    assert ("released", "all", 4, 0) in fields
    assert ("detained", "girls", 3, 1) in fields


def test_near_miss_a_whole_never_counted_before_gives_no_fate():
    text = "Of the 30, 9 were children, including 3 girls."
    assert claim_fields(text, "en", FIELDS) == []
