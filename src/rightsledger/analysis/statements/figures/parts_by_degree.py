"""A part named again by its degree: "61 were injured, 17 of them seriously; two of the
seriously injured died". "The seriously injured" are the 17 said to be hurt so, not all 61:
the whole of "two" is the latest figure of that fate whose count the same adverb of degree
follows ("17 of them seriously", "17 seriously", "17 were seriously injured"). English."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.core import Figure
from rightsledger.analysis.statements.tokens import Token

# How far after its count a part's adverb of degree may stand ("17 of them seriously").
_DEGREE_REACH = 4


def part_named_by_its_degree(
    tokens: list[Token], k: int, category: str, earlier: list[Figure]
) -> Figure | None:
    """The latest of ``earlier`` of ``category`` whose count the adverb at ``k`` follows
    closely, when the marker names its whole by that adverb and an act ("of the | seriously
    injured"); else None."""
    if k >= len(tokens) or not _degree(tokens[k]):
        return None
    adverb = tokens[k].lower
    named = [
        f
        for f in earlier
        if f.category == category
        and any(
            t.lower == adverb
            for t in tokens[f.quantity.end_token + 1 : f.quantity.end_token + 1 + _DEGREE_REACH]
        )
    ]
    return named[-1] if named else None


def _degree(token: Token) -> bool:
    return token.kind == "word" and token.lower.endswith("ly") and token.lower != "only"
