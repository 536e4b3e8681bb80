"""An upright pipe table whose header has a column of a group's part ("of them women") counts,
in each row, that group among the row's own figure to its left: the women of the row's
arrested, the Total row's women of the Total's arrested. A column headed by a group and an
act of its own ("Women injured") stays its column's own (a group alone, "Women", is read as
the marked one is: ``test_a_group_column_of_a_table``). Tables written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def figures(text: str) -> list[tuple]:
    """(category, subgroup, count, the count of the figure it is part of)."""
    claims = claim_fields(text, "en", ("category", "subgroup", "count", "parent"))
    return [(c, s, n, claims[p][2] if p is not None else None) for c, s, n, p in claims]


def test_a_column_of_a_group_is_a_part_of_its_row():
    text = (
        "Arrests after the strike, by town\n\n"
        "Town | Arrested | of them women\n"
        "Brask | 60 | 7\n"
        "Olmen | 41 | 3\n"
        "Total | 101 | 10\n"
    )
    found = figures(text)
    assert ("detained", "women", 7, 60) in found
    assert ("detained", "women", 3, 41) in found
    assert ("detained", "women", 10, 101) in found


def test_near_miss_a_column_of_a_group_with_an_act_of_its_own():
    text = (
        "Arrests after the strike, by group\n\n"
        "Day | Arrested | Women injured\n"
        "Monday | 60 | 7\n"
        "Tuesday | 41 | 3\n"
    )
    found = figures(text)
    assert ("detained", "all", 60, None) in found
    assert not any(n == 7 and p == 60 for _c, _s, n, p in found)
