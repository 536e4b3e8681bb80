"""English counts said to exist, again: "In 2019 there were 12 deaths in custody; in 2020
there were 19." A bare number after "there were" with no noun of its own, in a sentence whose
earlier "there were" counted an act, counts that act again (the noun is left out as it was
said just before)."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.core import Figure
from rightsledger.analysis.statements.tokens import Token

# "there were", "there was"; "there have been", "there has been", "there had been".
_EXISTENTIAL = frozenset({("there", "were"), ("there", "was")})
_EXISTENTIAL_PERFECT = frozenset(
    {("there", "have", "been"), ("there", "has", "been"), ("there", "had", "been")}
)


def _after_there_were(tokens: list[Token], first: int) -> bool:
    two = tuple(t.lower for t in tokens[max(0, first - 2) : first])
    three = tuple(t.lower for t in tokens[max(0, first - 3) : first])
    return two in _EXISTENTIAL or three in _EXISTENTIAL_PERFECT


def count_again_what_there_were(tokens: list[Token], figures: list[Figure], begin: int) -> None:
    """Gives a bare count after "there were" the category of the sentence's counted act said
    the same way before it (English)."""
    for k, figure in enumerate(figures):
        quantity = figure.quantity
        if figure.category or quantity.noun or quantity.np_last >= 0:
            continue
        if not _after_there_were(tokens, quantity.first):
            continue
        said = [
            f
            for f in figures[:k]
            if f.category
            and f.quantity.first >= begin
            and _after_there_were(tokens, f.quantity.first)
        ]
        if said:
            figure.category, figure.bound = said[-1].category, "coordinated"
