"""A count set off by dashes with nothing else in them, restating the subject before it: "kəndin
bütün sakinləri — təxminən 300 nəfər — meşəyə qaçıb" (the whole village, some 300 people, fled
to the woods), "the crew — 14 men — were taken ashore". The aside is the subject's number;
what the clause after it says of the subject is said of the count, by the first verb of that
clause (a count with a copula in its aside is ``PersonsBefore._counted_in_an_aside``'s)."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.core import Trigger
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import CLAUSE_ENDS, DASHES, Token


def verb_after_a_bare_aside(
    tokens: list[Token], triggers: list[Trigger], quantity: Quantity, end: int
) -> Trigger | None:
    """The first trigger of the clause after the closing dash of an aside that holds only
    ``quantity``; None if the count is not such an aside, or its clause has no trigger."""
    opening, closing = quantity.first - 1, quantity.end_token + 1
    if opening < 0 or closing >= end:
        return None
    if tokens[opening].text not in DASHES or tokens[closing].text not in DASHES:
        return None
    k = closing + 1
    while k < end and tokens[k].text not in CLAUSE_ENDS and tokens[k].text not in DASHES:
        k += 1
    after = [t for t in triggers if closing < t.first < k]
    return min(after, key=lambda t: t.first) if after else None
