"""A table's cell of one is a figure of its column like any other: the "Total" row under it
names the row, not a toll that the one person rose to (``toll_steps`` drops only the step of a
sentence that then gives the new toll). Tables written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def figures(text: str) -> list[tuple]:
    """(category, subgroup, count, the count of the figure it is part of)."""
    claims = claim_fields(text, "en", ("category", "subgroup", "count", "parent"))
    return [(c, s, n, claims[p][2] if p is not None else None) for c, s, n, p in claims]


def test_a_part_column_of_one_above_the_total_row():
    text = (
        "Arrests in the province, by town\n\n"
        "| Town | Arrested | of whom students | Freed |\n"
        "|---|---|---|---|\n"
        "| Aldby | 30 | 2 | 10 |\n"
        "| Brill | 12 | 1 | — |\n"
        "| Total | 42 | 3 | 10 |\n"
    )
    found = figures(text)
    assert ("detained", "students", 1, 12) in found
    assert ("detained", "students", 3, 42) in found


def test_near_miss_one_who_died_on_the_way_to_a_toll_is_still_a_step():
    text = "One of the wounded died overnight, bringing the toll to six."
    found = figures(text)
    assert ("killed", "all", 6, None) in found
    assert not any(n == 1 for _c, _s, n, _p in found)
