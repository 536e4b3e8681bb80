"""English persons said to be "among those beaten", "among the wounded": the predicate names
the figure they are a part of, and its fate is theirs. A noun that names them as held
("Two prisoners from the disability unit were among those beaten") says who they are, not a
detention of its own: they were beaten, as the whole was."""

from __future__ import annotations

from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import Token

_COPULAS = frozenset({"were", "was", "are", "is"})
_AMONG_WHOM = frozenset({"those", "the"})
# How far after the count its copula may stand: the noun and a short description of them
# ("prisoners from the colony's disability unit").
_REACH = 9


def among_a_fate_as_predicate(tokens: list[Token], quantity: Quantity, end: int) -> bool:
    """Is the count's predicate "were among those …" / "were among the …", its copula within
    a few words after the count, with no mark or verb between?"""
    k = quantity.end_token + 1
    while k < min(end, quantity.end_token + 1 + _REACH):
        token = tokens[k]
        if token.kind == "punct" and token.text != "'":
            return False
        if token.lower in _COPULAS:
            after = [t.lower for t in tokens[k + 1 : k + 3]]
            return len(after) == 2 and after[0] == "among" and after[1] in _AMONG_WHOM
        k += 1
    return False
