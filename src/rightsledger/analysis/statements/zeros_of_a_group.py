"""A zero said of one group among those a fate counts ("No women are among the wounded",
«Врачей среди задержанных не было», "Yaralılar arasında uşaq yoxdur") is a claim of its
own, not a part of that count: it says that no one of the group suffered the fate, which
holds whatever the count of all is (the sets written since sealed28 read it so).
A zero of another fate among a group ("None of them was hurt" of the detained) stays a
part: it says what became of those counted. A table's cell of zero stays in its row."""

from __future__ import annotations

from collections.abc import Collection

from rightsledger.analysis.statements.figures import Figure


def unnest_zeros_of_a_group(figures: list[Figure], table_cells: Collection[int]) -> None:
    """Takes the whole away from a zero of a group counted by its whole's own fate."""
    for figure in figures:
        parent = figure.parent
        if (
            parent is not None
            and figure.quantity.zero
            and figure.category == parent.category
            and figure.subgroup not in ("all", parent.subgroup)
            and figure.quantity.first not in table_cells
        ):
            figure.parent = None
