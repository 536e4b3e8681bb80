"""The wounded counted by a bare number right after the dead of a group are of that group:
«погибли 9 шахтёров, ранены 30», «… и были ранены 30», «…, ранения получили 30», and past a
part the dead listed between commas («погибли 9 шахтёров, в том числе двое подростков, ранены
30»: the thirty are miners, not youths).

Russian states the dead and the wounded of one attack as two halves of a sentence and names the
group once, in the first; the second half's number has no noun because it is the same. The
gapped half with «и» and one verb, whose group the noun of the count names, is read when nouns
are carried (``figures.scanning``); this pass reads it after a comma, past an auxiliary or the
noun of the wound, and for a group named by an adjective (civilians, «мирных жителей»), once
every figure's group is settled. A collective numeral («ранены шестеро») counts persons by
itself, as «шесть человек» does, and takes no group from before it.
"""

from __future__ import annotations

from itertools import pairwise

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.figures.core import _AUXILIARIES
from rightsledger.analysis.statements.lexicon import Lexicon
from rightsledger.analysis.statements.numeral_words import RU_COLLECTIVE_NOMINATIVES
from rightsledger.analysis.statements.tokens import Token

# What joins the second half to the first: a comma, or «и».
_JOINS = frozenset({",", "и"})
# The most words the wound may take before its number: «ранения получили», «были ранены».
_WOUND_WORDS = 2


def carry_the_group_of_the_dead_to_the_wounded(
    tokens: list[Token], figures: list[Figure], lex: Lexicon, language: str
) -> None:
    """Gives a bare Russian count of the wounded the group of the dead counted before it."""
    if language != "ru":
        return
    ordered = sorted(figures, key=lambda f: f.quantity.first)
    for dead, wounded in pairwise(ordered):
        if dead.category != "killed" or dead.subgroup == "all" or dead.parent is not None:
            continue
        _carry(tokens, lex, dead, wounded)
    # Past a part the dead listed («…, в том числе двое подростков, ранены 30»).
    for part, wounded in pairwise(ordered):
        whole = part.parent
        if whole is None or whole.category != "killed" or whole.subgroup == "all":
            continue
        if whole.parent is None and _listed_right_after(tokens, lex, whole, part):
            _carry(tokens, lex, part, wounded, group_of=whole)


def _carry(
    tokens: list[Token],
    lex: Lexicon,
    before: Figure,
    wounded: Figure,
    group_of: Figure | None = None,
) -> None:
    quantity = wounded.quantity
    if wounded.category != "injured" or wounded.subgroup != "all" or wounded.parent is not None:
        return
    if quantity.noun or quantity.np_last >= 0:
        return
    if (
        quantity.first == quantity.last
        and tokens[quantity.first].lower in RU_COLLECTIVE_NOMINATIVES
    ):
        return
    join = before.quantity.end_token + 1
    if join >= quantity.first or tokens[join].text.lower() not in _JOINS:
        return
    if _wound_between(tokens, lex, join + 1, quantity.first):
        wounded.subgroup = (group_of or before).subgroup


def _wound_between(tokens: list[Token], lex: Lexicon, first: int, past: int) -> bool:
    """Do the words from ``first`` to ``past`` say a wound and nothing else («ранены»,
    «были ранены», «ранения получили»)?"""
    if first < past and tokens[first].lower in _AUXILIARIES:
        first += 1
    words = tokens[first:past]
    if not 0 < len(words) <= _WOUND_WORDS or any(t.kind != "word" for t in words):
        return False
    for k in range(first, past):
        found = lex.trigger_set.match_span(tokens, k)
        if found is not None and found[0].value == "injured" and k + found[1] <= past:
            return True
    return False


def _listed_right_after(tokens: list[Token], lex: Lexicon, whole: Figure, part: Figure) -> bool:
    """Does ``part`` stand right after its whole, set off by a comma and a word that lists
    it («, в том числе», «, из них»)?"""
    comma = whole.quantity.end_token + 1
    if comma >= part.quantity.first or tokens[comma].text != ",":
        return False
    found = lex.nest_before_set.match_span(tokens, comma + 1)
    return found is not None and comma + 1 + found[1] == part.quantity.first
