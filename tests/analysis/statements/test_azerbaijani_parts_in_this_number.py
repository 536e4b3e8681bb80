"""A part said to be "in this number" ("bu sayda 12 uşaq var", "həmin saydan 5 nəfəri") is a
part of the figure just given, as one of "onlardan" is. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def figures(text: str) -> list[tuple]:
    """(category, subgroup, count, the count of the figure it is part of)."""
    claims = claim_fields(text, "az", ("category", "subgroup", "count", "parent"))
    return [(c, s, n, claims[p][2] if p is not None else None) for c, s, n, p in claims]


def test_children_in_this_number_are_a_part_of_it():
    text = "Atəş nəticəsində 40 nəfər yaralanıb; bu sayda 12 uşaq və 9 qadın var."
    assert figures(text) == [
        ("injured", "all", 40, None),
        ("injured", "children", 12, 40),
        ("injured", "women", 9, 40),
    ]


def test_near_miss_children_counted_with_no_marker_are_their_own_figure():
    text = "Atəş nəticəsində 40 nəfər yaralanıb, 12 uşaq isə həlak olub."
    assert figures(text) == [("injured", "all", 40, None), ("killed", "children", 12, None)]
