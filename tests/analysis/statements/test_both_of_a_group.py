""" "Both" set off after a count of two says, as "all" does, the group all of them belong to:
"Two of the hostages, both women, were wounded" counts two women. "Both" that opens no
group ("both in the legs") leaves the count's group as it was. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_both_after_a_part_gives_its_group():
    text = (
        "Militants released 11 hostages on Sunday. Two of the released hostages, both "
        "children, were treated for burns."
    )
    assert claim_fields(text, "en", FIELDS)[1] == ("injured", "children", 2, 0)


def test_both_after_a_count_with_its_noun():
    text = "Two passengers, both women, were wounded at the checkpoint."
    assert claim_fields(text, "en", FIELDS) == [("injured", "women", 2, None)]


def test_near_miss_both_with_no_group():
    text = "Two passengers were wounded, both in the legs."
    assert claim_fields(text, "en", FIELDS) == [("injured", "all", 2, None)]
