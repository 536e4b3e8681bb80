"""Foreign nationals as a group of their own only where a count singles them out of a whole.

"Among those detained were 11 foreign nationals", «в том числе 31 иностранный гражданин», "o
cümlədən 58 əcnəbi vətəndaş": the citizens of another state, counted as a part, are set
against the rest of the whole, and the words name a group (a free label, as the lexicon's
"label:foreign nationals"). A count of them that is no part of another ("the centre holds 57
foreign nationals", "Polis 2 əcnəbi vətəndaşı saxlayıb") names everyone it counts, as
"civilians" counted alone do (``civilians``).
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure

FOREIGN_NATIONALS = "foreign nationals"


def foreign_nationals_only_as_a_part(figures: list[Figure]) -> None:
    """Gives "all" back to wholes counted as foreign nationals."""
    for figure in figures:
        if figure.subgroup == FOREIGN_NATIONALS and figure.parent is None:
            figure.subgroup = "all"
