"""How the passes after the sentence grammar take figures out of a reading and find the
figures they work on: the top-level counts a correction or update may replace, what no
figure holds yet, a figure taken back with its parts or with its parts set free, and the
figures a correction names wrong, and the figures a pass adds put in their place."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.core import Figure
from rightsledger.analysis.statements.quantities import Quantity


def without(figures: list[Figure], dropped: set[int]) -> list[Figure]:
    """``figures`` without those whose ``id`` is in ``dropped``, and without their parts:
    the one way a figure the text takes back leaves the reading (corrections, updates,
    prospects, a number said to be wrong)."""
    return [f for f in figures if id(f) not in dropped and id(f.parent) not in dropped]


def top_counts(figures: list[Figure]) -> list[Figure]:
    """The figures that are no part of another and give a count: what a later figure may
    correct, update or restate."""
    return [f for f in figures if f.parent is None and f.category and f.quantity.count is not None]


def unread(quantities: list[Quantity], figures: list[Figure]) -> list[Quantity]:
    """The quantities no figure holds yet: what a pass after the sentence grammar may still
    make figures of."""
    figured = {id(f.quantity) for f in figures}
    return [q for q in quantities if id(q) not in figured]


def with_added(figures: list[Figure], added: list[Figure]) -> list[Figure]:
    """``figures`` and the figures a pass ``added`` (read from what no figure held), in the
    order of the text."""
    if not added:
        return figures
    return sorted([*figures, *added], key=lambda f: f.quantity.first)


def with_added_after(figures: list[Figure], added: dict[int, list[Figure]]) -> list[Figure]:
    """``figures`` with the figures ``added`` under a figure's ``id`` placed right after it, so
    that a figure read beside another keeps its place in the text's order."""
    if not added:
        return figures
    result: list[Figure] = []
    for figure in figures:
        result.append(figure)
        result.extend(added.get(id(figure), ()))
    return result


def without_freeing_parts(figures: list[Figure], dropped: set[int]) -> list[Figure]:
    """``figures`` without those whose ``id`` is in ``dropped``, their parts kept as figures
    of their own: the way a count that was never a victims' figure leaves the reading
    (persons interviewed, relatives of victims, persons who came to work), where what befell
    some of them is still a figure, with no whole."""
    for figure in figures:
        if figure.parent is not None and id(figure.parent) in dropped:
            figure.parent = None
    return [f for f in figures if id(f) not in dropped]


def restates(later: Figure, earlier: Figure) -> bool:
    """Does ``later`` give another count of the act and group ``earlier`` counted?"""
    return (
        later.category == earlier.category
        and later.subgroup == earlier.subgroup
        and later.quantity.count != earlier.quantity.count
    )


def named_wrong(right: Figure, earlier: list[Figure], count: int) -> list[Figure]:
    """The figures of ``earlier`` that a correction to ``right`` says were wrong ("four
    were killed, not two", "11 deyil, 9"): top-level figures of its act and group that gave
    ``count``."""
    return [
        f for f in earlier
        if f.parent is None and f.quantity.count == count and restates(right, f)
    ]  # fmt: skip
