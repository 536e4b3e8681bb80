"""A total that sums up the figures just given: "6 nəfər hadisə yerində həlak olub, daha biri
xəstəxanada dünyasını dəyişib. Beləliklə, ölənlərin sayı 7-dir." The figures before it are
its parts, not tolls of their own beside it.

The total is said so, with a word of summing up before its count ("beləliklə", thus;
"ümumilikdə", "cəmi", in all), and the figures it sums are the ones of its act and group
right before it, with no whole of their own, whose counts add up to it exactly. A total
that does not add up (a period's toll after a day's) stays a figure beside them.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.tokens import FULL_STOPS, Token

_SUMMING_UP = {"az": frozenset({"beləliklə", "bununla", "ümumilikdə", "cəmi", "yekunda"})}
# How far before the count a word of summing up is looked for, within its sentence.
_REACH = 6


def nest_parts_summed_up(tokens: list[Token], figures: list[Figure], language: str) -> None:
    """Makes the figures that a summing-up total adds up its parts."""
    words = _SUMMING_UP.get(language)
    if not words:
        return
    for n, total in enumerate(figures):
        if total.parent is not None or total.quantity.count is None:
            continue
        if total.bound == "table":
            continue  # a table's total row ("Cəmi — 1 935 nəfər") stands beside its rows
        if not _summed_up(tokens, total, words):
            continue
        parts = _parts_adding_up(total, figures[:n])
        for part in parts:
            part.parent = total


def _summed_up(tokens: list[Token], total: Figure, words: frozenset[str]) -> bool:
    """Does a word of summing up stand before the total's count, in its sentence?"""
    for k in range(total.quantity.first - 1, max(-1, total.quantity.first - 1 - _REACH), -1):
        if tokens[k].text in FULL_STOPS:
            return False
        if tokens[k].lower in words:
            return True
    return False


def _parts_adding_up(total: Figure, before: list[Figure]) -> list[Figure]:
    """The figures of the total's act and group right before it, with no whole, whose counts
    add up to the total's exactly (at least two of them), or none."""
    wanted = total.quantity.count
    if wanted is None:
        return []
    parts: list[Figure] = []
    running = 0
    for figure in reversed(before):
        if figure.parent is not None:
            continue
        same = figure.category == total.category and figure.subgroup == total.subgroup
        if not same or figure.quantity.count is None or figure.quantity.qualifier != "exact":
            break
        parts.append(figure)
        running += figure.quantity.count
        if running >= wanted:
            break
    return parts if len(parts) >= 2 and running == wanted else []
