"""Words of a name that are not names: patronymic markers and initials."""

from __future__ import annotations

import functools
import re

from rightsledger.analysis.names.keys import one_edit

__all__ = ["DAUGHTER_WORDS", "SON_WORDS", "abbreviated", "is_initial", "marker_sex", "spaced"]

# Azerbaijani patronymic words (son of / daughter of) in the spellings lists use, the
# Armenian script's included (a list in Armenian writes an Azerbaijani's oğlu as օղլի).
SON_WORDS = frozenset(
    ("oğlu", "oglu", "ogly", "oglı", "ogli", "oğli", "oğlı", "ohlu", "ogl", "oğ", "oghlu", "oghly",
     "ogul", "oğul", "оглы", "оглу", "огли", "оғлу", "օղլի", "օղլու", "օղլը")
)  # fmt: skip
DAUGHTER_WORDS = frozenset(
    ("qızı", "qizi", "gizi", "gyzy", "qyzy", "kızı", "kizi", "kyzy", "kyzi", "ghizi", "gyzi",
     "гызы", "кызы", "кизи", "гизи", "qız", "ղըզը", "ղըզի", "ղիզի", "կըզը", "կիզի")
)  # fmt: skip
# An initial: one letter (dot optional) or a digraph clerks abbreviate to (Sh., Dzh.).
_INITIAL = re.compile(r"^(?:[^\W\d_]|sh|ch|kh|zh|dzh|dj|gh|ts|yu|ya|ye)\.?$", re.IGNORECASE)
_DOTS = re.compile(r"\.(?=[^\W\d_])")


def spaced(text: str) -> str:
    """Initials run together get their spaces: "A.M.Jabbarov" → "A. M. Jabbarov"."""
    return _DOTS.sub(". ", text)


@functools.lru_cache(maxsize=50_000)
def is_initial(word: str) -> bool:
    """True for an initial standing for a name: "H.", "Ş", "Sh.", "Г."."""
    return bool(_INITIAL.match(word)) and word.lower().strip(".") not in SON_WORDS


@functools.lru_cache(maxsize=200_000)
def abbreviated(text: str) -> bool:
    """True when a name part is initials only ("H.", "Ə. R.")."""
    words = spaced(text).split()
    return bool(words) and all(is_initial(word) for word in words)


@functools.lru_cache(maxsize=50_000)
def marker_sex(lower: str, *, last: bool) -> str | None:
    """M for oğlu/оглы, F for qızı/кызы; the last word may carry one slip (огллы)."""
    if lower in SON_WORDS:
        return "M"
    if lower in DAUGHTER_WORDS:
        return "F"
    if last and 3 <= len(lower) <= 6:
        if any(one_edit(lower, word) for word in SON_WORDS if len(word) >= 4):
            return "M"
        if any(one_edit(lower, word) for word in DAUGHTER_WORDS if len(word) >= 4):
            return "F"
    return None
