"""A list after a dash or a colon that follows a count and its noun spells out that count:
"freed 26 hostages — 15 men, 8 women and 3 children —" gives the 15, 8 and 3 freed, parts of
the 26; the noun "hostages" is the 26's, no label of the list. A noun that stands alone before
the colon ("Hostages: 15 men, 8 women") still labels the counts after it. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def figures(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "parent"))


def test_a_list_after_a_count_and_its_noun_spells_it_out():
    text = "On Friday the gunmen freed 26 hostages — 15 men, 8 women and 3 children — at the port."
    assert figures(text) == [
        ("released", "all", 26, None),
        ("released", "men", 15, 0),
        ("released", "women", 8, 0),
        ("released", "children", 3, 0),
    ]
    text = "On Friday the gunmen freed 26 hostages: 15 men, 8 women and 3 children."
    assert [f[:3] for f in figures(text)][1:] == [
        ("released", "men", 15),
        ("released", "women", 8),
        ("released", "children", 3),
    ]


def test_near_miss_a_noun_alone_before_the_colon_labels_the_list():
    text = "Still held by the gunmen. Hostages: 15 men, 8 women."
    assert [f[:3] for f in figures(text)] == [("captured", "men", 15), ("captured", "women", 8)]
