"""A Russian relative clause after the persons counted says their fate when nothing else does.

«Обратились родственники ста шестидесяти трёх человек, которые были задержаны … и с тех пор
бесследно исчезли»: the count's sentence speaks of their relatives, and the clause opened by
«которые» after a comma tells what befell the persons — last what befell them last (detained,
then disappeared). The count takes that fate as a participle before it would give it (English
says it without the comma, "214 people who disappeared", and is read so already). A predicate
of the persons' own after the clause's closing comma («…, которые были задержаны в марте,
освобождены») is theirs, and the clause gives nothing.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures.core import resolve_category
from rightsledger.analysis.statements.lexicon import PERSON, UNKNOWN, Lexicon, names_group
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import Token

_CLAUSE_END = frozenset({".", ";", "!", "?", ":", "—", "–", "(", ")"})
_VERBAL = frozenset({"VERB", "PRTS", "PRTF", "INFN", "GRND"})
_PARTICLES = frozenset({"PRCL", "ADVB"})
_LONGEST = 25  # tokens: a relative clause longer than this is no longer about the count


def give_fates_of_relative_clauses(
    tokens: list[Token], quantities: list[Quantity], lex: Lexicon, language: str
) -> None:
    """Counts of persons followed by «, которые …» take the fate the clause names last."""
    if language != "ru":
        return
    for quantity in quantities:
        if quantity.attribute or quantity.non_count or quantity.zero:
            continue
        if not _persons(quantity.noun):
            continue
        comma = quantity.end_token + 1
        if comma + 1 >= len(tokens) or tokens[comma].text != ",":
            continue
        if not tokens[comma + 1].lower.startswith("котор"):
            continue
        fate = _last_fate(tokens, comma + 2, lex)
        if fate:
            quantity.attribute = fate


def _persons(noun: str) -> bool:
    return noun in {PERSON, "", UNKNOWN} or names_group(noun)


def _last_fate(tokens: list[Token], start: int, lex: Lexicon) -> str:
    fate = ""
    k = start
    while k < len(tokens) and k - start < _LONGEST:
        token = tokens[k]
        if token.text in _CLAUSE_END:
            return fate
        if token.text == ",":
            # «…, которые были задержаны в марте, освобождены»: the persons' own predicate
            # (not one with a count of its own after it: «Из сорока мужчин, которых
            # удерживали в подвале, вернулись только шестеро», the six's).
            after = lex.trigger_set.match_span(tokens, k + 1) if k + 1 < len(tokens) else None
            if after is None or _count_after(tokens, k + 1 + after[1], lex):
                return fate
            return ""
        trigger = lex.trigger_set.match_span(tokens, k)
        if trigger is not None:
            # A verb of the clause, not a noun of an act ("которые видели расстрел").
            if token.pos in _VERBAL and resolve_category(trigger[0].value, PERSON):
                fate = trigger[0].value
            k += trigger[1]
            continue
        k += 1
    return fate if k < len(tokens) and tokens[k].text in _CLAUSE_END else ""


def _count_after(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Does a number follow at ``k``, past adverbs and particles («только шестеро»)?"""
    while k < len(tokens) and (tokens[k].lower in lex.gap_words or tokens[k].pos in _PARTICLES):
        k += 1
    return k < len(tokens) and (tokens[k].kind == "num" or tokens[k].pos == "NUMR")
