"""Russian «все они» (all of them) opening a clause that tells a fate: «В подвале держали пять
мужчин. Позже все они найдены погибшими». The pronoun takes up the persons counted just
before, in its sentence or the one before; where no act of ours was told of that count, the
fate told of all of them is that count's figure. A count that already has its fate («Задержаны
12 активистов, все они избиты») keeps it: the pronoun gives no number of its own, and the
nearest count before is the one it takes up, so a count further back is never reached."""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure, resolve_category
from rightsledger.analysis.statements.figures.core import Trigger
from rightsledger.analysis.statements.lexicon import Lexicon
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import CLAUSE_STOPS, Token, sentences

_ALL = frozenset({"все"})
_THEY = frozenset({"они"})
# How far past «все они» the verb may stand («все они, к сожалению, найдены погибшими»).
_REACH = 8


def add_fates_of_all_of_them(
    tokens: list[Token],
    quantities: list[Quantity],
    figures: list[Figure],
    lex: Lexicon,
    language: str,
) -> list[Figure]:
    """``figures`` and a figure for each count with no fate that «все они» then tells one of."""
    if language != "ru":
        return figures
    starts = [begin for begin, _ in sentences(tokens)]
    held = {id(f.quantity): f for f in figures}
    added: list[Figure] = []
    for k in range(1, len(tokens) - 1):
        if tokens[k].lower not in _ALL or tokens[k + 1].lower not in _THEY:
            continue
        quantity = _count_taken_up(tokens, quantities, starts, k)
        if quantity is None:
            continue
        figure = held.get(id(quantity))
        if figure is not None and figure.category:
            continue
        trigger = _act_told(tokens, k + 2, lex)
        category = resolve_category(trigger.value, quantity.counted) if trigger else ""
        if not category:
            continue
        if figure is None:
            added.append(Figure(quantity, category, trigger=trigger, bound="clause"))
        else:
            figure.category, figure.trigger, figure.bound = category, trigger, "clause"
    return [*figures, *added]


def _count_taken_up(
    tokens: list[Token], quantities: list[Quantity], starts: list[int], k: int
) -> Quantity | None:
    """The nearest count of two or more before ``k``, in its sentence or the one before."""
    before = [s for s in starts if s <= k]
    reach = before[-2] if len(before) > 1 else 0
    counts = [q for q in quantities if reach <= q.first and q.end_token < k and not q.non_count]
    if not counts:
        return None
    nearest = max(counts, key=lambda q: q.first)
    if nearest.count is None or nearest.count < 2:
        return None
    return nearest


def _act_told(tokens: list[Token], k: int, lex: Lexicon) -> Trigger | None:
    """The first act in the clause from ``k``, past an aside between commas."""
    for j in range(k, min(len(tokens), k + _REACH)):
        if tokens[j].text in CLAUSE_STOPS:
            return None
        matched = lex.trigger_set.match_span(tokens, j)
        if matched is not None:
            phrase, length = matched
            return Trigger(j, j + length - 1, phrase.value)
    return None
