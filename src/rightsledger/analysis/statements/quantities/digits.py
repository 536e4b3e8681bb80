"""Endings written onto digits ("106-sı", "5-й", "5th", "12-year-old"): which a count may
carry, which make the number an ordinal, a decade or a description."""

from __future__ import annotations

import re

from rightsledger.analysis.statements.tokens import Token

_AZ_ORDINAL = re.compile(r"^(?:ı?ncı|i?nci|u?ncu|ü?ncü|cı|ci|cu|cü)(?:\w*)$")

_RU_ORDINAL = re.compile(r"^(?:й|го|я|е|ой|ый|ий|м|ом|ая|ое|ые|ых|х)$")

_EN_ORDINAL = frozenset({"st", "nd", "rd", "th", "s"})

# Abbreviations English posts and wire copy write onto digits to make an age of them ("a 6yo
# girl", "70yrs"): how old one person is, no count.
_EN_AGE = frozenset({"yo", "yr", "yrs"})
# ... or a time or a distance: a post's age ("· 4h", "12min"), an hour ("9am"), a way ("40km").
# Not "m", the million of headlines ("1.1m people", read as a scale before this).
_EN_MEASURE = frozenset({"h", "hr", "hrs", "min", "mins", "am", "pm", "km", "mi"})


def num_suffix(tokens: list[Token], i: int) -> tuple[str, int]:
    """The ending written onto digits ("106-sı", "5-й", "5th"), and the last token it uses."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None or nxt.space_before:
        return "", i
    if nxt.kind == "word":
        return nxt.lower, i + 1
    if nxt.text in {"-", "'", "’"} and i + 2 < len(tokens):
        after = tokens[i + 2]
        if after.kind == "word" and not after.space_before:
            return after.lower, i + 2
    return "", i


def classify_suffix(suffix: str, value: float, language: str) -> str:
    """'' for an ending a count may carry, else why the number is not a count."""
    if not suffix:
        return ""
    if language == "az":
        return "ordinal" if _AZ_ORDINAL.match(suffix) else ""
    if language == "ru":
        if suffix == "х" and value >= 1000:
            return "decade"
        return "ordinal" if _RU_ORDINAL.match(suffix) else ""
    if suffix in _EN_ORDINAL:
        return "ordinal"
    if suffix in _EN_AGE:
        return "age"
    return "measure" if suffix in _EN_MEASURE else ""


def compound_word(suffix: str, language: str) -> bool:
    """Is the word hyphened onto digits one that makes an adjective of them?

    English writes "12-year-old", "3-day", "40-km"; Russian «5-летний», «3-этажный» (longer
    than the ordinal endings «5-й», «5-го»); Azerbaijani "-lik"/"-lıq" ("2 km-lik",
    "100-lük") — its other endings are cases and possessives of a count ("106-sı")."""
    if language == "en":
        return suffix not in _EN_ORDINAL
    if language == "ru":
        return len(suffix) > 3 and not _RU_ORDINAL.match(suffix)
    return suffix.startswith(("lik", "lık", "luk", "lük", "liq", "lıq", "luq", "lüq"))
