"""Persons said to have been counted twice («одно тело было учтено дважды», «двое
пострадавших посчитаны дважды»): the text explains why a figure went down; the count names
no one whom a fate befell, and is no figure."""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.figures.taking_back import without
from rightsledger.analysis.statements.tokens import CLAUSE_STOPS, Token

# Stems of "counted", and "twice", by language.
_COUNTED = {"ru": ("учтен", "учтён", "посчитан", "подсчитан", "засчитан")}
_TWICE = {"ru": frozenset({"дважды"})}
# How far after the count the words may stand («одно тело было учтено дважды»).
_REACH = 5


def drop_counted_twice(tokens: list[Token], figures: list[Figure], language: str) -> list[Figure]:
    """``figures`` without a count said to have been counted twice."""
    counted, twice = _COUNTED.get(language), _TWICE.get(language)
    if counted is None or twice is None:
        return figures
    dropped = set()
    for figure in figures:
        after = figure.quantity.end_token + 1
        words: list[str] = []
        for token in tokens[after : after + _REACH]:
            if token.text in CLAUSE_STOPS:
                break
            words.append(token.lower)
        if any(w.startswith(counted) for w in words) and twice & set(words):
            dropped.add(id(figure))
    return without(figures, dropped) if dropped else figures
