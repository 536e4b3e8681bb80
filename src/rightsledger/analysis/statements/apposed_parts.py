"""A part set off by commas after the subject it counts takes the subject's predicate, in
English: "The complainants, twenty of the 60 detainees, say they were beaten" — the twenty are
the complainants, and what the predicate says befell them (beaten) is their fate, not the
detention of the whole they were counted from, which the binder gave them for want of a verb
of their own before the closing comma."""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.figures.core import resolve_category
from rightsledger.analysis.statements.lexicon import PERSON, Lexicon
from rightsledger.analysis.statements.tokens import CLAUSE_STOPS, FULL_STOPS, Token

# How many words the subject before the apposition may have ("The applicants", "The three
# complainants").
_SUBJECT_WORDS = 3
# The verb of holding, which says who hold persons, not what befell them.
_HOLD = "hold"
# How many words a partitive after the count may have ("of the 38 detainees").
_PARTITIVE_WORDS = 5
# How far into the predicate the act may stand ("allege that they were beaten").
_PREDICATE_REACH = 8


def give_apposed_parts_their_predicate(
    tokens: list[Token], figures: list[Figure], lex: Lexicon, language: str
) -> None:
    """Gives a part apposed to its sentence's subject the fate its predicate names."""
    if language != "en":
        return
    for part in figures:
        whole = part.parent
        if whole is None or part.category != whole.category or part.quantity.zero:
            continue
        opening, closing = part.quantity.first - 1, _closing_comma(tokens, part)
        if opening < 1 or closing is None or tokens[opening].text != ",":
            continue
        if not _subject_opens_the_sentence(tokens, opening):
            continue
        category = _act_of_the_predicate(tokens, closing + 1, lex)
        if category and category != whole.category:
            part.category = category


def _closing_comma(tokens: list[Token], part: Figure) -> int | None:
    """The comma that closes the apposition: right after the count, or after its partitive
    ("seventeen of the 38 detainees,"), with no punctuation between."""
    k = part.quantity.end_token + 1
    if k < len(tokens) and tokens[k].text == ",":
        return k
    if k >= len(tokens) or tokens[k].lower != "of":
        return None
    for j in range(k + 1, min(len(tokens), k + 1 + _PARTITIVE_WORDS)):
        if tokens[j].text == ",":
            return j
        if tokens[j].kind == "punct":
            return None
    return None


def _subject_opens_the_sentence(tokens: list[Token], comma: int) -> bool:
    """Do a few words and nothing else stand between the sentence's start and ``comma``?"""
    k, words = comma - 1, 0
    while k >= 0 and tokens[k].text not in FULL_STOPS and tokens[k].newline_before < 2:
        if tokens[k].kind != "word":
            return False
        words += 1
        if words > _SUBJECT_WORDS:
            return False
        if tokens[k].newline_before:
            break
        k -= 1
    return words > 0


def _act_of_the_predicate(tokens: list[Token], first: int, lex: Lexicon) -> str:
    """The category of the first act of persons in the predicate from ``first`` within its
    clause, before any other number ("" for none)."""
    for k in range(first, min(len(tokens), first + _PREDICATE_REACH)):
        if tokens[k].text in CLAUSE_STOPS or tokens[k].kind == "num":
            return ""
        phrase = lex.trigger_set.match(tokens, k)
        if phrase is not None:
            # "… are still held": the state of the whole goes on, no fate of their own.
            return "" if phrase.value == _HOLD else resolve_category(phrase.value, PERSON)
    return ""
