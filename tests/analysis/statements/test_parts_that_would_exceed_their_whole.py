"""Parts of one whole side by side add up to no more than it: after "48 are adults, of whom 26
are women", the "25 children" that follow cannot be adults as well, so they stand beside the
adults, in the whole above them. Parts that fit stay parts. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier", "parent"))


def test_a_sibling_past_a_nested_part_belongs_to_the_whole_above():
    text = (
        "After the fire the clinic has admitted 90 patients. Of these, 60 are adults, of whom "
        "35 are men, and 30 are children."
    )
    assert _read(text) == [
        ("injured", "all", 90, "exact", None),
        ("injured", "all", 60, "exact", 0),
        ("injured", "men", 35, "exact", 1),
        ("injured", "children", 30, "exact", 0),
    ]


def test_near_miss_parts_that_fit_stay_parts_of_the_nearer_whole():
    text = (
        "Soldiers detained 300 villagers. Of these, 60 are adults, of whom 35 are men and "
        "20 are women."
    )
    assert _read(text) == [
        ("detained", "all", 300, "exact", None),
        ("detained", "all", 60, "exact", 0),
        ("detained", "men", 35, "exact", 1),
        ("detained", "women", 20, "exact", 1),
    ]
