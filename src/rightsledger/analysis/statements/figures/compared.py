"""The words that set a number against a figure as its value for another period: "412 were
killed, up from 530", «84 человека против 43». Shared by the reading of such numbers as
figures of their own (``comparisons``) and by the search for the whole of "of them", past
which they stand (``Nesting._counts_between``)."""

from __future__ import annotations

from rightsledger.analysis.statements.tokens import Token

COMPARED_BEFORE = {
    "en": (
        "up from",
        "down from",
        "compared with",
        "compared to",
        "as against",
        "versus",
        ", against",
    ),
    "ru": ("против", "по сравнению с", "в сравнении с"),
    "az": (),
}


def said_after_a_comparison(words: str, language: str) -> bool:
    """Do ``words`` (lower case, joined by spaces) end with a word of comparison, or with one
    and "the" ("up from the 19 it reported")?"""
    before = COMPARED_BEFORE.get(language, ())
    return bool(before) and (words.endswith(before) or words.removesuffix(" the").endswith(before))


def number_after_a_comparison(tokens: list[Token], first: int, language: str) -> bool:
    """Does the number at ``first`` stand right after a word of comparison?"""
    words = " ".join(t.lower for t in tokens[max(0, first - 4) : first])
    return said_after_a_comparison(words, language)
