"""Groups named before their counts in a list: "Of the 125 killed: men 70, women 33, boys
12, girls 10", "(men 41, women 9)". Tables and breakdowns written as text put the group's
noun first and its number after it; each number counts its group. Two such pairs or more make
the list: a single "women 12" may be anything."""

from __future__ import annotations

from rightsledger.analysis.statements.lexicon import Lexicon
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import Token

# What stands before a pair, and after it, in a list.
_BEFORE_A_PAIR = frozenset({":", ",", "(", ";", "and"})
_AFTER_A_PAIR = frozenset({",", ".", ")", ";", "and"})


def name_counts_after_their_group(
    tokens: list[Token], quantities: list[Quantity], lex: Lexicon, language: str
) -> None:
    """Gives a bare number right after a group's noun in a list of such pairs that noun."""
    if language != "en":
        return
    pairs = [(q, g) for q in quantities for g in [_group_before(tokens, q, lex)] if g]
    for k, (quantity, group) in enumerate(pairs):
        neighbours = [
            p
            for p in (pairs[k - 1] if k else None, pairs[k + 1] if k + 1 < len(pairs) else None)
            if p
        ]
        if any(_joined(tokens, quantity, other) for other, _ in neighbours):
            quantity.noun = group


def _group_before(tokens: list[Token], quantity: Quantity, lex: Lexicon) -> str:
    if quantity.noun or quantity.np_last >= 0 or quantity.non_count or quantity.count is None:
        return ""
    after = quantity.end_token + 1
    if after < len(tokens) and tokens[after].text not in _AFTER_A_PAIR:
        return ""
    for start in range(max(0, quantity.first - 3), quantity.first):
        found = lex.noun_set.match_span(tokens, start)
        if found is None or start + found[1] != quantity.first:
            continue
        if start == 0 or tokens[start - 1].text not in _BEFORE_A_PAIR:
            return ""
        value = found[0].value
        return value if value.startswith(("subgroup:", "label:")) else ""
    return ""


def _joined(tokens: list[Token], one: Quantity, other: Quantity) -> bool:
    """Are the two pairs items of one list: nothing but their nouns and a comma or "and"
    between them?"""
    first, second = (one, other) if one.first < other.first else (other, one)
    between = [t.text for t in tokens[first.end_token + 1 : second.first]]
    return 1 <= len(between) <= 4 and between[0] in {",", "and"}
