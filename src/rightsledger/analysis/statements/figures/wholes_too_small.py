"""A part too large for the part "of them" would name is a part of that part's whole.

«Задержали 30 человек, двое из которых скончались. Семеро из них получили переломы», "They
held 30 men, two of whom died. Seven of them had broken ribs": "them" are not the two, of
whom there cannot be seven, but the thirty the two are of. The nearest count a marker refers
to may be a part with a fate of its own; if the next part counts more than it, the marker
speaks of its whole, if the part fits there.
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
