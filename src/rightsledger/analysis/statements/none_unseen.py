"""Russian: «никого из них больше не видели» is no zero. The negated verb of not seeing is
itself the act of going missing («больше не видели»), and Russian's «никого … не» is one
negation, not two: "none of them was seen again" says that every one of them is missing,
not that none is. Whoever they are is counted where they were named («Солдаты увели пятерых
мужчин»), so the "none" adds no figure of its own.

Not so where the act is not a negation: «Никто не пропал без вести» (no one went missing) is
the zero it says.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.tokens import Token

# The Russian negative particle, which a predicate of not seeing or not knowing contains.
_NOT = "не"


def drop_nones_never_seen(
    tokens: list[Token], figures: list[Figure], language: str
) -> list[Figure]:
    """``figures`` without a Russian zero whose act is itself a negation («не видели»)."""
    if language != "ru":
        return figures
    return [f for f in figures if not _none_of_a_negated_act(tokens, f)]


def _none_of_a_negated_act(tokens: list[Token], figure: Figure) -> bool:
    trigger = figure.trigger
    if not figure.quantity.zero or trigger is None:
        return False
    return any(tokens[k].lower == _NOT for k in range(trigger.first, trigger.last + 1))
