"""Russian names who holds persons with «у» after the state they are held in («в плену у
вражеской стороны находятся …»): the holder belongs to that state's phrase and puts no
distance between it and the count, so the count's parts stay its parts. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def figures(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "subgroup", "count", "parent"))


def test_the_parts_of_those_held_by_a_side_named_at_length():
    text = "В плену у вражеской армии остаются 310 человек, из них 25 — мирные жители."
    assert figures(text) == [
        ("captured", "all", 310, None),
        ("captured", "civilians", 25, 0),
    ]


def test_a_place_after_a_death_is_no_holder():
    text = "Погибли у здания вокзала 7 человек, из них 2 — дети."
    assert figures(text) == [("killed", "all", 7, None), ("killed", "children", 2, 0)]
