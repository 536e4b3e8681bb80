"""The wounded counted by a bare number (or by "others") right after the dead of a group are
of that group: "the blast killed five firefighters and injured eight others", "two medics were
killed and three others were wounded", «погибли 9 шахтёров, ранены 30», «… и были ранены 30».

One strike hits one population: a statement names the group once, with the first fate, and
counts the second fate's persons with a bare number, or in English with "others" (others than
the dead, not others than the group). The sets written by other hands carry the noun so wherever
they say it (English: sealed13, 20–23, 32–34; Russian: sealed24, 29, 30, 32, 34). The count of
a part told between the two ("one of them a boy", «в том числе двое подростков») is the group's,
not the part's. One rule; its grammar differs by language:

- English: only between the two fates of the persons struck (killed, injured), in one sentence,
  where the second clause opens with "and": with the same fate "others" are others than the
  group ("12 journalists were held, and 40 others were held too"), and a noun of the second
  count's own ("and wounded 57 people") names its persons itself.
- Russian states the two halves of the sentence after a comma or «и», past an auxiliary or the
  noun of the wound («ранения получили 30»), and for a group named by an adjective (civilians,
  «мирных жителей»). The gapped half with «и» and one verb, whose group the noun of the count
  names, is read when nouns are carried (``figures.scanning``). A collective numeral («ранены
  шестеро») counts persons by itself, as «шесть человек» does, and takes no group from before it.

Run once every figure's group is settled.
"""

from __future__ import annotations

from itertools import pairwise

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.figures.core import _AUXILIARIES
from rightsledger.analysis.statements.lexicon import Lexicon
from rightsledger.analysis.statements.numeral_words import RU_COLLECTIVE_NOMINATIVES
from rightsledger.analysis.statements.tokens import Token, sentence_around, sentences

# The two fates of the persons a strike hits.
_STRUCK = frozenset({"killed", "injured"})
_OTHERS = "others"
# English words that may open the second clause after "and": "and that nine others were hurt".
_OPENERS = frozenset({"that"})
# Marks that end the first clause's stretch: past them the second count stands alone.
_CLAUSE_ENDS = frozenset({".", ";", ":", "!", "?"})
# What joins the Russian second half to the first: a comma, or «и».
_JOINS = frozenset({",", "и"})
# The most words the wound may take before its number: «ранения получили», «были ранены».
_WOUND_WORDS = 2


def carry_the_group_of_the_dead_to_the_wounded(
    tokens: list[Token], figures: list[Figure], lex: Lexicon, language: str
) -> None:
    """Gives a bare count of the second fate of a strike the group of the dead counted just
    before it (in English "others" too, and the two fates either way round)."""
    if language == "en":
        _english(tokens, figures)
    elif language == "ru":
        _russian(tokens, figures, lex)


def _english(tokens: list[Token], figures: list[Figure]) -> None:
    """A bare or "others" count of the second fate takes the group of the count of the
    first, when "and" joins their clauses in one sentence."""
    spans = list(sentences(tokens))
    ordered = sorted(figures, key=lambda f: f.quantity.first)
    for n, second in enumerate(ordered):
        if second.subgroup != "all" or second.parent is not None:
            continue
        if second.category not in _STRUCK or not _names_no_group(tokens, second):
            continue
        first = _first_fate_before(ordered[:n], second, sentence_around(spans, second.first))
        if first is None or first.subgroup == "all" or first.category == second.category:
            continue
        if first.category not in _STRUCK:
            continue
        joint = _and_opening(tokens, second)
        if joint < 0 or joint <= first.quantity.end_token:
            continue
        between = tokens[first.quantity.end_token + 1 : joint]
        if any(t.text in _CLAUSE_ENDS for t in between):
            continue
        second.subgroup = first.subgroup


def _names_no_group(tokens: list[Token], figure: Figure) -> bool:
    """Is the count bare ("injuring 14"), or of "others" ("26 others")? A bare count must
    be the object of its verb, which stands before it."""
    quantity = figure.quantity
    if quantity.np_first >= 0:
        return quantity.np_first == quantity.np_last and tokens[quantity.np_first].lower == _OTHERS
    if quantity.noun:
        return False
    trigger = figure.trigger
    return trigger is not None and trigger.last < quantity.first


def _first_fate_before(
    earlier: list[Figure], second: Figure, span: tuple[int, int]
) -> Figure | None:
    """The nearest figure before ``second`` in its sentence that is no part: the parts of an
    aside ("one of them a boy") stand between a group and the count after it."""
    for figure in reversed(earlier):
        if figure.quantity.first < span[0]:
            return None
        if figure.parent is None:
            return figure
    return None


def _and_opening(tokens: list[Token], figure: Figure) -> int:
    """Where the "and" that opens the second count's clause stands: right before its count
    ("and 40 others were hurt"), its verb ("and wounding 14") or "that"; -1 if none does."""
    k = figure.quantity.first - 1
    trigger = figure.trigger
    if trigger is not None and trigger.last == k:
        k = trigger.first - 1
    if k >= 0 and tokens[k].lower in _OPENERS:
        k -= 1
    return k if k >= 0 and tokens[k].lower == "and" else -1


def _russian(tokens: list[Token], figures: list[Figure], lex: Lexicon) -> None:
    """A bare count of the wounded after a comma or «и» takes the group of the dead before it."""
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
