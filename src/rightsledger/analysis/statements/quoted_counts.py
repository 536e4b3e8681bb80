"""Counts quoted from a source ('had killed "around 70" fighters', 'gave the number of
injured as "about 300"'): the quote marks say whose words the count is, not where a phrase
ends, so the reader reads the count as if it were not quoted. Only marks that enclose a
count alone, with at most a few words of estimate before it, are left out; quoted
sentences keep theirs."""

from __future__ import annotations

from rightsledger.analysis.statements.tokens import Token

_OPENING = frozenset({'"', "“", "«"})
_CLOSING = frozenset({'"', "”", "»"})
# The words a quoted count may hold before its number: "around 70", "at least 12".
_MOST_WORDS = 3


def unquote_counts(tokens: list[Token], language: str) -> list[Token]:
    """``tokens`` without the quote marks that enclose only an English count."""
    if language != "en":
        return tokens
    dropped: set[int] = set()
    for k, token in enumerate(tokens):
        if token.text not in _OPENING:
            continue
        closing = _closing_after_a_count(tokens, k)
        if closing:
            dropped.update((k, closing))
    return [t for k, t in enumerate(tokens) if k not in dropped] if dropped else tokens


def _closing_after_a_count(tokens: list[Token], opening: int) -> int:
    """The closing mark of a quote opened at ``opening`` that holds a count alone, else 0."""
    stop = min(opening + _MOST_WORDS + 1, len(tokens) - 1)
    for j in range(opening + 1, stop + 1):
        token = tokens[j]
        if token.kind == "num":
            closes = j + 1 < len(tokens) and tokens[j + 1].text in _CLOSING
            return j + 1 if closes else 0
        if token.kind != "word":
            return 0
    return 0
