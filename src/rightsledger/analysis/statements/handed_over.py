"""Persons handed over to a side of a conflict in an exchange were released.

«Противоположной стороне переданы 103 человека», «50 переданы одной стороне и 44 — другой»:
those handed over are freed by the side that held them, as those who come home are by the
other. The lexicon gives them a fate of their own, "handed_over", while parts are bound to
their wholes, since «Шестеро из освобождённых», «Среди освобождённых» after an exchange speak
of those who came home, not of those handed over; they become "released" once every part
has its whole. Bodies handed over were found (``resolve_category``); persons handed to
relatives, the police or a court are none of this. Handed over counts set out after a
colon that follows a count of the released («Всего освобождены 94 человека: 50 переданы одной
стороне и 44 — другой») break that count down: they are its parts.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.tokens import FULL_STOPS, Token

HANDED_OVER = "handed_over"
_RELEASED = "released"


def count_handed_over_as_released(tokens: list[Token], figures: list[Figure]) -> None:
    """Gives "released" to the persons handed over to a side, parts of the released counted
    before a colon they are set out after."""
    for figure in figures:
        if figure.category != HANDED_OVER:
            continue
        figure.category = _RELEASED
        if figure.parent is None:
            figure.parent = _released_before_a_colon(tokens, figure, figures)


def _released_before_a_colon(
    tokens: list[Token], part: Figure, figures: list[Figure]
) -> Figure | None:
    """The count of the released right before a colon that opens the part's clause, in its
    sentence, if the part fits in it."""
    for whole in figures:
        colon = whole.quantity.end_token + 1
        if whole.category != _RELEASED or whole.parent is not None or colon >= part.first:
            continue
        if tokens[colon].text != ":" or any(
            t.text in FULL_STOPS for t in tokens[colon : part.first]
        ):
            continue
        most, count = whole.quantity.most, part.quantity.most
        if most is not None and count is not None and count < most:
            return whole
    return None
