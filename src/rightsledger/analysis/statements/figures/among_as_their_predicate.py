"""English persons said to be "among those beaten", "among the wounded": the predicate names
the figure they are a part of, and its fate is theirs. A noun that names them as held
("Two prisoners from the disability unit were among those beaten") says who they are, not a
detention of its own: they were beaten, as the whole was.

Azerbaijani says so before the count: "onların arasında əlilliyi olan 5 girov var" (among
them are 5 hostages with disabilities), the pronoun standing for the figure just given."""

from __future__ import annotations

from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import Token

_COPULAS = frozenset({"were", "was", "are", "is"})
_AMONG_WHOM = frozenset({"those", "the"})
# "onların arasında", "bunların arasında", "onlar arasında" (among them), and "içərisində"
# (within them), before the count of its clause.
_AZ_OF_THEM = frozenset({"onların", "onlar", "bunların", "bunlar"})
_AZ_AMONG = frozenset({"arasında", "içərisində", "sırasında"})
# What ends the clause the count stands in, looking back from it.
_AZ_CLAUSE_STOPS = frozenset({".", ";", ":", "!", "?", "\n"})
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


def az_among_them_before(tokens: list[Token], quantity: Quantity, begin: int) -> bool:
    """Does "onların arasında" (among them) open the clause of the count, before it?"""
    k = quantity.first - 1
    while k > begin:
        if tokens[k].text in _AZ_CLAUSE_STOPS:
            return False
        if tokens[k].lower in _AZ_AMONG and tokens[k - 1].lower in _AZ_OF_THEM:
            return True
        k -= 1
    return False
