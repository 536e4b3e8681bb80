"""A part told by a state of its own that befalls no one: "three of them are on hunger
strike", "two of those held have gone on a hunger strike". Such a part names no act of its
own, so the reader would give it its whole's («the detained»); but the state is what the
part does, not what was done to it, and the whole's act does not count it again: no figure.
A part with an act of its own ("two of them were beaten after a hunger strike") keeps it."""

from __future__ import annotations

import re

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.figures.taking_back import without
from rightsledger.analysis.statements.tokens import CLAUSE_STOPS, Token

# States that befall no one, by language: "on hunger strike", "hunger-striking".
_STATES = {"en": re.compile(r"\bhunger\s*-?\s*strik")}
# How far after the part's number the state may stand ("of those held have gone on a hunger").
_REACH = 9


def drop_parts_in_a_state_of_no_fate(
    tokens: list[Token], figures: list[Figure], language: str
) -> list[Figure]:
    """``figures`` without a part whose only predicate is a state that befalls no one."""
    state = _STATES.get(language)
    if state is None:
        return figures
    dropped = {
        id(figure)
        for figure in figures
        if figure.parent is not None
        and figure.trigger is None
        and state.search(_clause_after(tokens, figure.quantity.end_token + 1))
    }
    return without(figures, dropped) if dropped else figures


def _clause_after(tokens: list[Token], after: int) -> str:
    """The words of the clause just after ``after``, up to its end or ``_REACH`` words."""
    words = []
    for token in tokens[after : after + _REACH]:
        if token.text in CLAUSE_STOPS:
            break
        words.append(token.lower)
    return " ".join(words)
