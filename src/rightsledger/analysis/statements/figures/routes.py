"""Place names joined by dashes into one name: a route («автобус Сарыбулак — Кара-Су»,
«трасса Москва — Тула», "the Kyiv–Odesa highway") or a name with a hyphen («Кара-Су»). The
dash between two capitalised names joins them; it opens no aside and ends no clause, so a
description between commas that holds a route («Двадцать три человека, ехавших автобусом
Сарыбулак — Кара-Су, боевики захватили …») is as short as one that names a single place."""

from __future__ import annotations

from rightsledger.analysis.statements.tokens import DASHES, Token

_JOINING = DASHES | {"-"}


def past_joined_names(tokens: list[Token], k: int, end: int) -> int:
    """Past capitalised words at ``k`` joined by dashes («Сарыбулак — Кара-Су»), if at least
    two are joined; else ``k``."""
    if k >= end or not _name(tokens[k]):
        return k
    last = k
    while last + 2 < end and tokens[last + 1].text in _JOINING and _name(tokens[last + 2]):
        last += 2
    return last + 1 if last > k else k


def _name(token: Token) -> bool:
    return token.kind == "word" and token.capitalised
