"""A part too large for the part "of them" would name is a part of that part's whole.

«Задержали 30 человек, двое из которых скончались. Семеро из них получили переломы», "They
held 30 men, two of whom died. Seven of them had broken ribs": "them" are not the two, of
whom there cannot be seven, but the thirty the two are of. The nearest count a marker refers
to may be a part with a fate of its own; if the next part counts more than it, the marker
speaks of its whole, if the part fits there.

So does a fate named as the whole ("of the injured"): "Mines killed 19 people and injured 47.
Two deminers were injured in March. At least 11 of the injured lost a limb" — the eleven are
of the 47, the latest whole of that fate that can hold them, not of the two told since.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures.core import Figure


def whole_the_part_fits(part: Figure, whole: Figure | None) -> Figure | None:
    """``whole``, or the whole of it where ``part`` counts more than ``whole`` holds."""
    while whole is not None and whole.parent is not None and _more_than(part, whole):
        if _more_than(part, whole.parent):
            return whole
        whole = whole.parent
    return whole


def _more_than(part: Figure, whole: Figure) -> bool:
    count, most = part.quantity.count, whole.quantity.most
    return count is not None and most is not None and count > most


def whole_of_the_fate_that_fits(
    part: Figure, whole: Figure | None, figures: list[Figure], fate: str
) -> Figure | None:
    """``whole``, or, where ``part`` counts more than it and the marker names the ``fate``,
    the latest whole of that fate before the part that can hold it."""
    if whole is None or not fate or not _more_than(part, whole):
        return whole
    for earlier in reversed(figures):
        if earlier.last >= part.first or earlier.parent is not None:
            continue
        if earlier.category == fate and not _more_than(part, earlier):
            return earlier
    return whole
