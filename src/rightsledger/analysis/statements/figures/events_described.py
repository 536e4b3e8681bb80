"""A part of events counted "of which" with a verb that only says where they happened or who
did them: "143 cases of torture, of which 97 are attributed to the army", "… of which 40
occurred in Vell". Such a verb names no fate of its own; the part counts the same act as its
whole (English; "of whom 12 were charged" is a predicate of the persons, read in ``own``)."""

from __future__ import annotations

from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import Token

# Verbs that place an event or name its doer.
_DESCRIBING_EVENTS = frozenset(
    {"attributed", "occurred", "committed", "perpetrated", "blamed", "happened"}
)


def describes_events_of_which(tokens: list[Token], quantity: Quantity, verb: int) -> bool:
    """Is the verb at ``verb`` one that describes events, of a part counted "of which" ("of
    which 97 are attributed", "97 of which occurred")?"""
    first, last = quantity.first, quantity.last
    before = [t.lower for t in tokens[max(0, first - 2) : first]]
    after = [t.lower for t in tokens[last + 1 : last + 3]]
    of_which = before == ["of", "which"] or after == ["of", "which"]
    return of_which and 0 <= verb < len(tokens) and tokens[verb].lower in _DESCRIBING_EVENTS
