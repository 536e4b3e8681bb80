"""A Russian group named with no count, then said not to be hurt, is a "none" of that group.

«Пожарные не пострадали», «Охранники при тушении огня не пострадали»: the sentence opens on
the persons (a plural noun in the nominative, the words of where or while after it) and
denies them the act. There is no numeral to hang the "none" on, as «никто из пожарных …» has,
so the group's words are the count: zero, of the group the lexicon names (or of all, for
persons it has no label for).

Only the subject that opens its sentence or clause is read, and only with an act of harm
after «не»: «Дома не пострадали» counts things, and «Полицейские не стали задерживать …»
names no act of ours.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures.core import resolve_category
from rightsledger.analysis.statements.lexicon import PERSON, Lexicon, names_group
from rightsledger.analysis.statements.morphology import russian_animate_noun, russian_cases
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import Token

# The acts whose denial counts the group spared.
_SPARED_FROM = frozenset({"injured", "killed"})
# Marks after which a subject opens its sentence or clause.
_OPENINGS = frozenset({".", "!", "?", ";", ":", "—", "–"})
# Words of where or while between the group and «не»: «при проведении работ».
_LONGEST_BETWEEN = 6


def count_groups_spared(
    tokens: list[Token], quantities: list[Quantity], lex: Lexicon, language: str
) -> list[Quantity]:
    """``quantities`` with a zero for each group that opens a clause and is then said not to
    have suffered an act of harm."""
    if language != "ru":
        return quantities
    taken = {k for q in quantities for k in range(q.start_token, q.end_token + 1)}
    added: list[Quantity] = []
    for i, token in enumerate(tokens):
        if i in taken or not _opens(tokens, i) or token.kind != "word":
            continue
        group = _group(tokens, i, lex)
        if group is None:
            continue
        noun, last = group
        if _denied_harm(tokens, last + 1, lex):
            quantity = Quantity(i, last, count=0, zero=True)
            quantity.np_first, quantity.np_last, quantity.noun = i, last, noun
            added.append(quantity)
    if not added:
        return quantities
    return sorted([*quantities, *added], key=lambda q: q.first)


def _opens(tokens: list[Token], i: int) -> bool:
    if i == 0 or tokens[i - 1].text in _OPENINGS:
        return True
    return tokens[i - 1].kind == "num" and i > 1 and tokens[i - 2].text in _OPENINGS


def _group(tokens: list[Token], i: int, lex: Lexicon) -> tuple[str, int] | None:
    """The class of the persons named at ``i`` and the last token of their name, or None."""
    named = lex.noun_set.match_span(tokens, i)
    if named is not None:
        value = named[0].value
        if names_group(value) or value == PERSON:
            return value, i + named[1] - 1
        return None
    word = tokens[i].lower
    if "nomn" in russian_cases(word) and russian_animate_noun(word) and tokens[i].pos == "NOUN":
        return PERSON, i
    return None


def _denied_harm(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Does «не» and an act of harm follow within a few words, in the same clause?"""
    for j in range(k, min(k + _LONGEST_BETWEEN + 1, len(tokens) - 1)):
        if tokens[j].kind != "word":
            return False
        if tokens[j].lower != "не":
            continue
        act = lex.trigger_set.match_span(tokens, j + 1)
        # The verb in the plural, as of a group («пострадали», «погибли»): «сотрудник не
        # пострадал» is one person.
        plural = j + 1 < len(tokens) and tokens[j + 1].lower.endswith("ли")
        return act is not None and plural and resolve_category(act[0].value, PERSON) in _SPARED_FROM
    return False
