"""A whole restated "now" between commas after a marker ("Of the wounded, now 31, nine are in
critical condition") is the toll as it stands; the part after it is of that count, not of the
earlier one. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier", "parent"))


def test_the_part_is_of_the_toll_as_it_stands_now():
    text = (
        "Noon: medics report 14 wounded after the blast.\n"
        "Evening: 5 dead. Of the wounded, now 20, six are in critical condition."
    )
    assert _read(text)[-1] == ("injured", "all", 6, "exact", 2)
    assert ("injured", "all", 20, "exact", None) in _read(text)


def test_near_miss_parts_listed_after_the_marker_stay_parts_of_the_whole():
    text = "Medics report 30 wounded. Of the wounded, 12 men and 9 women, three are critical."
    assert [c[4] for c in _read(text)][1:3] == [0, 0]
