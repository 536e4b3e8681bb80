"""English bare counts of the identified told after the bodies recovered: "Teams have
recovered 41 bodies from the site. 30 have been identified so far." A number with its noun
left out stands for the noun just said, as "30 of them" would: the identified are of the
bodies just told of. So such a count with no whole of its own is a part of the latest count
of the found dead before it, when it counts fewer (or as many). Not so for a count with a noun
of its own ("241 victims have been identified", "identified 29 persons": a tally that names
its own persons, which earlier sets read with no whole), nor when the found count is smaller
("recovered 20 bodies … 30 have been identified": another, earlier tally), nor for a count of
the identified told before any bodies."""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.marks_on_bodies_found import latest_found_dead_before


def nest_identified_in_the_found(figures: list[Figure], language: str) -> None:
    """Gives a count of the identified with no whole the found dead counted before it."""
    if language != "en":
        return
    for part in figures:
        quantity = part.quantity
        if part.category != "identified" or part.parent is not None or quantity.zero:
            continue
        if quantity.noun or quantity.np_last >= 0:
            continue  # a noun of its own: "241 victims have been identified"
        whole = latest_found_dead_before(figures, part)
        if whole is None:
            continue
        most, count = whole.quantity.most, quantity.most
        if most is not None and count is not None and count <= most:
            part.parent = whole
