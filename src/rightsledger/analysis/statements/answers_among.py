"""A Russian answer to a question asked among persons counted before: «— Среди задержанных
были журналисты? — Да, трое». The question names the whole by its fate after «среди»; the
answer's count (which takes that fate from the question, ``answers``) is a part of the latest
figure of that fate that counts more."""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure, resolve_category
from rightsledger.analysis.statements.lexicon import PERSON, Lexicon
from rightsledger.analysis.statements.tokens import Token, lines

_AMONG = frozenset({"среди"})


def nest_answers_among(
    tokens: list[Token], figures: list[Figure], lex: Lexicon, language: str
) -> None:
    """Makes the count answering a question asked among persons a part of them."""
    if language != "ru":
        return
    spans = lines(tokens)
    for figure in figures:
        if figure.parent is not None or not figure.category or not figure.quantity.count:
            continue
        line = next((n for n, (a, b) in enumerate(spans) if a <= figure.quantity.first < b), 0)
        if line < 1 or tokens[spans[line - 1][1] - 1].text != "?":
            continue
        first, last = spans[line - 1]
        if not _asked_among(tokens, first, last, figure.category, lex):
            continue
        wholes = [
            f for f in figures
            if f.last < first and f.parent is None and f.category == figure.category
            and (f.quantity.most or 0) > figure.quantity.count
        ]  # fmt: skip
        if wholes:
            figure.parent = wholes[-1]


def _asked_among(tokens: list[Token], first: int, last: int, fate: str, lex: Lexicon) -> bool:
    """Does the question ask «среди» persons named by ``fate`` («Среди задержанных …»)?"""
    for k in range(first, last - 1):
        if tokens[k].lower not in _AMONG:
            continue
        named = lex.trigger_set.match(tokens, k + 1)
        noun = lex.noun_set.match(tokens, k + 1)
        if (named is not None and resolve_category(named.value, PERSON) == fate) or (
            noun is not None and noun.value == f"implied:{fate}"
        ):
            return True
    return False
