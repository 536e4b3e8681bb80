"""Who did it, counted after "by": "two villagers were shot dead by five soldiers", "samples
provided by 212 relatives". The count is the agent of the verb before "by", never a person
that verb's act (or an act before it) befell. "By" after a verb of change gives the change
("the toll rose by 12"), which the tolls read."""

from __future__ import annotations

from rightsledger.analysis.statements.quantities.quantity import Quantity
from rightsledger.analysis.statements.quantities.ranges import from_of_a_change
from rightsledger.analysis.statements.tokens import Token

# Verbs whose "by" names what came next or in its place, no doer: "30 were detained,
# followed by 12 more", "the figure of 230 is replaced by 310 displaced".
_NEXT_IN_TURN = frozenset({"followed", "succeeded", "replaced", "superseded"})


def counts_the_agent(tokens: list[Token], quantity: Quantity, language: str) -> bool:
    """Is the English count at ``quantity`` right after an agent's "by"?"""
    by = quantity.first - 1
    if language != "en" or by < 1 or tokens[by].lower != "by":
        return False
    before = tokens[by - 1]
    if before.kind != "word" or before.lower in _NEXT_IN_TURN:
        return False
    return not from_of_a_change(tokens, by, language)
