"""Persons released told first, the taking told after: «освобождены 17 заложников … Двадцать
три человека … боевики захватили 2 мая. Двое заложников погибли при штурме. Ещё четверых …
вывезли в неизвестном направлении». News leads with the release and goes back to the taking;
the released are a part of those taken all the same. The text says so by the sum: the released
and the fates told of those taken add up to them exactly (17, 2 and 4 of 23). A taking after a
release that does not add up may be another event, and stays apart."""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.figures.core import HELD_FATES


def nest_released_told_first(figures: list[Figure]) -> None:
    """Makes released persons with no whole a part of a later taking they complete."""
    for n, released in enumerate(figures):
        count = released.quantity.count
        if released.category != "released" or released.parent is not None or not count:
            continue
        for whole in figures[n + 1 :]:
            if _completed_by(released, whole, figures):
                released.parent = whole
                break


def _completed_by(released: Figure, whole: Figure, figures: list[Figure]) -> bool:
    """Do the released and the fates told of ``whole`` (taken later) add up to it?"""
    total = whole.quantity.count
    if whole.category not in HELD_FATES or whole.parent is not None or total is None:
        return False
    if whole.quantity.qualifier != "exact":
        return False
    fates = [f for f in figures if f.parent is whole and f.category not in {"", whole.category}]
    counts = [f.quantity.count for f in fates]
    if not fates or any(c is None for c in counts):
        return False
    return sum(c for c in counts if c is not None) + (released.quantity.count or 0) == total
