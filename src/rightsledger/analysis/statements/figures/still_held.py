"""Those "still" in a state, named as a whole after a part ("two journalists among those
still in pre-trial detention"), are the part of the earlier whole said to remain so ("120
remain in pre-trial detention"), not all who were ever taken."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.core import Figure
from rightsledger.analysis.statements.tokens import Token

# The English words that say a state goes on ("120 remain in custody", "are still held").
_STILL_EN = frozenset({"remain", "remains", "remained", "still"})


def still_so_of(whole: Figure, figures: list[Figure], tokens: list[Token]) -> Figure | None:
    """The latest part of ``whole``, of its fate, said to remain in it; ``None`` if none is."""
    parts = [
        f for f in figures
        if f.parent is whole and f.category == whole.category and _said_to_remain(f, tokens)
    ]  # fmt: skip
    return parts[-1] if parts else None


def _said_to_remain(figure: Figure, tokens: list[Token]) -> bool:
    trigger = figure.trigger
    if trigger is None:
        return False
    quantity = figure.quantity
    first = max(0, min(quantity.first, trigger.first) - 1)
    last = max(quantity.end_token, trigger.last)
    return any(tokens[j].lower in _STILL_EN for j in range(first, last + 1))
