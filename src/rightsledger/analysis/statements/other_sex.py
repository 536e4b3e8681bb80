"""No part of a whole of the other sex: women counted after a figure of men («задержаны 86
мужчин … Кроме того, 4 женщины, пытавшиеся передать задержанным еду, были задержаны»,
"40 men were detained … Three women who brought them food were detained too") are not among
those men, whatever word named the whole again; they are a figure of their own. A part of
men among women is none either. A none of the other sex stays a part: «Женщин среди
арестованных не было» says of the men arrested that none of them were women.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure

# The groups of one sex, and the groups of the other.
_MALE = frozenset({"men", "boys"})
_FEMALE = frozenset({"women", "girls"})


def unnest_the_other_sex(figures: list[Figure]) -> None:
    """Takes a part of one sex out of a whole of the other."""
    for figure in figures:
        parent = figure.parent
        if parent is None or figure.quantity.zero:
            continue
        if (figure.subgroup in _FEMALE and parent.subgroup in _MALE) or (
            figure.subgroup in _MALE and parent.subgroup in _FEMALE
        ):
            figure.parent = None
