"""Persons put up somewhere after a count of the displaced are some of them ("Some 1,300
residents were forced out of their homes; about 400 are still housed in two sports halls",
"600 residents have left for the villages; 140 people are sheltering in the school"): where
some of those who fled are staying says nothing of a flight of its own. The part is a figure of
the displaced read from a word of being put up (``housed``: "housed in", "accommodated in";
"sheltering"), with no whole of its own and smaller than the count of the displaced right
before it, in its sentence or the one before; if that count is itself a part of the displaced
(the children or the elderly of them), those put up are of its whole. A temporary accommodation centre named before
the count («… покинули 41 тысячу человек, в пунктах временного размещения находятся 12 480
переселенцев») puts up those counted as well; a verb of leaving («ещё 300 жителей выехали
самостоятельно»), which the lexicon reads as ``housed`` too, is a flight of its own.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.lexicon import LEAVING_STEMS
from rightsledger.analysis.statements.tokens import Token, sentences

_DISPLACED = "displaced"
# Displacement counted in families, another unit than persons.
_FAMILIES = "families"
# The words of being put up that the lexicon reads as the displaced themselves.
_STAYING = frozenset({"sheltering", "housed", "accommodated"})
# A temporary accommodation centre («пункт временного размещения»), which houses only those
# who fled: staying there is being put up, whether the count comes before or after.
_SHELTER_STEMS = ("размещени",)
_CLAUSE_ENDS = frozenset({",", ";", ".", ":", "!", "?"})
_CLAUSE_REACH = 10  # words back to the clause's place, at most


def nest_the_sheltered_in_the_displaced(tokens: list[Token], figures: list[Figure]) -> None:
    """Makes a count of displaced persons put up somewhere a part of the count of the
    displaced told just before it."""
    spans = list(sentences(tokens))
    for n, figure in enumerate(figures):
        if not put_up(tokens, figure):
            continue
        begin = _sentence_begin(spans, figure.first, back=1)
        whole = next(
            (f for f in reversed(figures[:n]) if f.category == _DISPLACED and f.first >= begin),
            None,
        )
        while (
            whole is not None and whole.parent is not None and whole.parent.category == _DISPLACED
        ):
            # "… 6,000 are women and 400 are over 70. 9,000 people are housed in camps": the
            # nearest count is a part of those who fled, and those put up are of the whole.
            whole = whole.parent
        if whole is None or whole.parent is not None or whole.quantity.count is None:
            continue
        if whole.subgroup not in {"all", figure.subgroup}:
            continue  # "300 families fled …; 45 people were moved to a hall": other units
        if figure.subgroup == _FAMILIES and whole.subgroup != _FAMILIES:
            continue  # "9,000 people fled …; 1,500 families live in schools": the other way round
        if whole.quantity.count > (figure.quantity.count or 0) and not put_up(tokens, whole):
            figure.parent = whole


def put_up(tokens: list[Token], figure: Figure) -> bool:
    """Is ``figure`` a count of displaced persons put up somewhere, with no whole yet?"""
    trigger = figure.trigger
    if figure.category != _DISPLACED or figure.parent is not None:
        return False
    if figure.quantity.count is None:
        return False
    if _in_a_shelter(tokens, figure.quantity.first):
        # «в пунктах временного размещения находятся 480 переселенцев»: said before the
        # count, whatever word (or only the noun of the displaced) carries the figure.
        return True
    if trigger is None or trigger.first < figure.quantity.first:
        return False
    words = {tokens[k].lower for k in range(trigger.first, trigger.last + 1)}
    if any(word.startswith(LEAVING_STEMS) for word in words):
        return False  # «ещё 300 жителей выехали самостоятельно»: a flight of their own
    if trigger.value == "housed":
        return True
    return bool(words & _STAYING)


def _in_a_shelter(tokens: list[Token], first: int) -> bool:
    """Does the clause before the count at ``first`` name a temporary accommodation centre
    («в пунктах временного размещения (ПВР) находятся 12 480 переселенцев»)?"""
    for k in range(first - 1, max(-1, first - _CLAUSE_REACH), -1):
        if tokens[k].text in _CLAUSE_ENDS:
            return False
        if tokens[k].lower.startswith(_SHELTER_STEMS):
            return True
    return False


def _sentence_begin(spans: list[tuple[int, int]], first: int, back: int) -> int:
    """Where the sentence ``back`` sentences before the one holding ``first`` begins."""
    n = next((m for m, (b, e) in enumerate(spans) if b <= first < e), 0)
    return spans[max(0, n - back)][0]
