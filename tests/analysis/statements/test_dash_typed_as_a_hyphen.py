"""A dash typed as a hyphen with spaces ("12 detainees - 7 men and 5 women - were moved") is read
as the dash it stands for: the list between the two spells out the count. A hyphen between two
numbers stays a range ("8 - 10 people"), and one inside a word stays a hyphen. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def figures(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "parent"))


def test_a_list_between_typed_dashes_spells_out_the_count():
    text = "Twelve people - seven men and five women - were detained at the station."
    assert figures(text) == [
        ("detained", "all", 12, None),
        ("detained", "men", 7, 0),
        ("detained", "women", 5, 0),
    ]


def test_near_miss_a_range_and_a_compound_keep_their_hyphen():
    text = "Between 8 - 10 people were detained at the bus-station."
    assert claim_fields(text, "en", ("category", "count_low", "count_high")) == [
        ("detained", 8, 10)
    ]
