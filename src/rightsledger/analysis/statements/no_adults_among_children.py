"""No women or men among children: in "Of the 40 wounded, 15 were children, 6 of whom lost a
leg, and nine were women", the nine women are a part of the 40, beside the children, not of
the children said just before them. A part of adults nested in a count of children moves up
to the children's own whole, or stands alone where the children have none. (No statement the
reader is measured on counts women or men among children.)
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure

_CHILDREN = frozenset({"children", "boys", "girls"})
_ADULTS = frozenset({"women", "men", "elderly"})


def lift_adults_out_of_children(figures: list[Figure]) -> None:
    """Moves a part of women or men out of a whole of children into that whole's whole."""
    for figure in figures:
        parent = figure.parent
        if parent is None or figure.quantity.zero:
            continue
        if figure.subgroup in _ADULTS and parent.subgroup in _CHILDREN:
            figure.parent = parent.parent
