"""Two Azerbaijani parts that share one predicate: "Həlak olanlardan 9-u, yaralananlardan isə
26-sı uşaqdır" (of the dead nine, and of the wounded 26, are children). The first part's
predicate is left out, as in any gapped clause: the group the second part's predicate names is
the first part's too.
"""

from __future__ import annotations

import re
from itertools import pairwise

from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import Token

# "As for", which may stand after the second whole ("yaralananlardan isə").
_AS_FOR = "isə"
# The copula that ends the predicate ("uşaqdır", "çatmayanlardır").
_COPULA_END = re.compile(r"[dt][ıiuü]r(?:lar|lər)?$")


def share_gapped_predicates(tokens: list[Token], quantities: list[Quantity], language: str) -> None:
    """Gives a bare Azerbaijani part the group the predicate of the part after it names, when
    only a comma and that part's whole in the ablative stand between them."""
    if language != "az":
        return
    for first, second in pairwise(quantities):
        if first.noun or first.np_last >= 0 or not second.noun.startswith("subgroup:"):
            continue
        if second.np_last < 0 or not _COPULA_END.search(tokens[second.np_last].lower):
            continue
        between = [t.lower for t in tokens[first.end_token + 1 : second.first]]
        if between[-1:] == [_AS_FOR]:
            between = between[:-1]
        if len(between) != 2 or between[0] != "," or not _ablative(between[1]):
            continue
        # Both parts of a whole of their own ("Düzgün rəqəm 21-dir, onlardan 4-ü uşaqdır":
        # the 21 is the whole of the four, no part).
        if first.first > 0 and _ablative(tokens[first.first - 1].lower):
            first.noun = second.noun


def _ablative(word: str) -> bool:
    return word.endswith(("dan", "dən"))
