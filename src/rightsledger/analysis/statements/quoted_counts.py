"""Counts quoted from a source ('had killed "around 70" fighters', 'gave the number of
injured as "about 300"'): the quote marks say whose words the count is, not where a phrase
ends, so the reader reads the count as if it were not quoted. Only marks that enclose a
count alone, with at most a few words of estimate before it (and in English a few words of its
noun after it, in lower case), or a Russian predicate of none alone («не было»), are left out;
quoted sentences and titles keep theirs."""

from __future__ import annotations

from rightsledger.analysis.statements.tokens import QUOTES_CLOSING, QUOTES_OPENING, Token

# The words a quoted count may hold before its number: "around 70", "at least 12".
_MOST_WORDS = 3
# The words a quoted count may hold after its number, its noun: "around 300 rioters".
_MOST_NOUN_WORDS = 3
# Single quote marks, which English uses as double ones, and as apostrophes.
_SINGLE_OPENING = frozenset({"'", "‘"})
_SINGLE_CLOSING = frozenset({"'", "’"})
# The Russian predicates of none: «нет», «не было».
_NONE_RU = (("нет",), ("не", "было"))


def unquote_counts(tokens: list[Token], language: str) -> list[Token]:
    """``tokens`` (annotated) without the quote marks that enclose only an English or a
    Russian count («около двухсот»: Russian writes its counts in words as often as not)."""
    if language not in {"en", "ru"}:
        return tokens
    dropped: set[int] = set()
    for k, token in enumerate(tokens):
        if _single_opening(tokens, k, language):
            closing = _closing_after_a_count(tokens, k, language, _SINGLE_CLOSING)
            if closing and not tokens[closing].space_before:
                dropped.update((k, closing))
            continue
        if token.text not in QUOTES_OPENING:
            continue
        closing = _closing_after_a_count(tokens, k, language) or _closing_after_none(
            tokens, k, language
        )
        if closing:
            dropped.update((k, closing))
    return [t for k, t in enumerate(tokens) if k not in dropped] if dropped else tokens


def _single_opening(tokens: list[Token], k: int, language: str) -> bool:
    """English quotes in single marks ("rounded up 'more than 40' traders"): an opening mark
    after a space and glued to the word after it (an apostrophe is glued before)."""
    if language != "en" or tokens[k].text not in _SINGLE_OPENING or k + 1 >= len(tokens):
        return False
    return tokens[k].space_before and not tokens[k + 1].space_before


def _closing_after_a_count(
    tokens: list[Token], opening: int, language: str, closings: frozenset[str] = QUOTES_CLOSING
) -> int:
    """The closing mark of a quote opened at ``opening`` that holds a count alone, else 0."""
    stop = min(opening + _MOST_WORDS + 1, len(tokens) - 1)
    for j in range(opening + 1, stop + 1):
        token = tokens[j]
        if _number(token, language):
            while j + 1 < len(tokens) and _number(tokens[j + 1], language):
                j += 1  # «около двухсот пятидесяти»
            closes = j + 1 < len(tokens) and tokens[j + 1].text in closings
            if closes:
                return j + 1
            # A noun inside single marks is left alone: their closing mark may be an apostrophe.
            return _closing_after_a_noun(tokens, j, language) if closings is QUOTES_CLOSING else 0
        if token.kind != "word":
            return 0
    return 0


def _closing_after_a_noun(tokens: list[Token], number: int, language: str) -> int:
    """The closing mark of an English quote whose count has a few words of its noun in lower
    case after it ('arrested "around 300 rioters"'), else 0: a quoted title has capitals
    ('"300 Days of Silence"') and keeps its marks."""
    if language != "en":
        return 0
    for j in range(number + 1, min(number + _MOST_NOUN_WORDS + 2, len(tokens))):
        token = tokens[j]
        if token.text in QUOTES_CLOSING:
            return j if j > number + 1 else 0
        if token.kind != "word" or token.capitalised:
            return 0
    return 0


def _closing_after_none(tokens: list[Token], opening: int, language: str) -> int:
    """The closing mark of a quote that holds a Russian predicate of none alone («жертв
    среди мирного населения «не было»», «пострадавших «нет»»): the count zero, quoted as
    the count is; else 0."""
    if language != "ru":
        return 0
    for words in _NONE_RU:
        closing = opening + len(words) + 1
        if (
            closing < len(tokens)
            and tokens[closing].text in QUOTES_CLOSING
            and tuple(t.lower for t in tokens[opening + 1 : closing]) == words
        ):
            return closing
    return 0


def _number(token: Token, language: str) -> bool:
    """Is the token a number: digits, or in Russian a numeral word?"""
    return token.kind == "num" or (language == "ru" and token.pos == "NUMR")
