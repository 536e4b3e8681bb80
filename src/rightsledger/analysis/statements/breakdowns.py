"""Totals broken down by place: "Strikes on two towns killed at least 31 people. In Orsk, 19
died; in Lamm, 12." — «В Орске погибли 19 человек, в Ламме — 12», "Orskda 19 nəfər həlak
olub, Lammda 12 nəfər".

Figures of one category that each open their clause with a place ("In Orsk,", «в Орске»,
"Lammda") and follow a figure of that category with no place of its own are the parts of
that total when there are two or more of them (an item of a list opens its clause too: "1) in
Orsk district: 12 killed; 2) …", "• Lammda 7 nəfər …") and together they are no more than it. A
single figure set in a place may be a new event, and parts that add up to more than the
total, or that count others than the persons it names, cannot be its parts; all are left as
they are.

A total said after the rows ("In Orsk, 19 died; in Lamm, 12. In all, 31 were killed", «…
Всего погиб 31 человек») is the grand total of a table in prose: the rows stand with no
whole and the total is its own figure beside them, as the sealed sets annotate them
(sealed15 to sealed17); a toll given first is what the rows after it break down.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.places import az_place_before, place_opening
from rightsledger.analysis.statements.tokens import (
    CLAUSE_STOPS,
    Token,
    new_line_starts_sentence,
    past_item_marker,
)

_SEGMENT_ENDS = frozenset({",", ";", ":", "—", "–"})


def nest_place_breakdowns(
    tokens: list[Token], figures: list[Figure], language: str, dates: frozenset[int]
) -> None:
    """Gives each breakdown by place the total it breaks down as the figures' parent; the
    words of ``dates`` are no place ("In April, 22 died")."""
    tops = [f for f in figures if f.parent is None and f.category]
    placed = {id(f) for f in tops if _opens_with_place(tokens, f, figures, language, dates)}
    for k, total in enumerate(tops):
        if id(total) in placed:
            continue
        parts: list[Figure] = []
        for later in tops[k + 1 :]:
            if later.category != total.category:
                continue
            if total.subgroup != "all" and later.subgroup != total.subgroup:
                continue  # "300 soldiers were killed … In Orsk, 19 civilians died"
            if id(later) not in placed:
                break  # another total of the same kind: the breakdown, if any, is its own
            parts.append(later)
        most = total.quantity.most
        counts = [p.quantity.count for p in parts]
        if len(parts) < 2 or most is None or None in counts:
            continue
        if sum(c for c in counts if c is not None) > most:
            continue
        for part in parts:
            part.parent = total


def _opens_with_place(
    tokens: list[Token], figure: Figure, figures: list[Figure], language: str, dates: frozenset[int]
) -> bool:
    """Does a place open the figure's clause, or the part of it set off by a comma, with
    no other figure of its category between the place and this one ("In Orsk, 19 died and 4
    were injured": both in Orsk)?"""
    first = figure.quantity.first
    start = first
    while start > 0 and tokens[start - 1].text not in CLAUSE_STOPS:
        if new_line_starts_sentence(tokens, start):
            break  # an item of a list, one a line
        start -= 1
    starts = [start] + [k + 1 for k in range(start, first) if tokens[k].text in _SEGMENT_ENDS]
    starts = [past_item_marker(tokens, k) for k in starts]
    if _place_right_before_the_dash(tokens, start, first):
        return True
    for k in starts:
        # "Hücum nəticəsində Ağdərədə 12 nəfər, …": an Azerbaijani place right before the
        # count, after words that open the clause.
        before = language == "az" and az_place_before(tokens, first, k)
        if not before and place_opening(tokens, k, first + 1, language, dates) < 0:
            continue
        if not any(
            k <= other.quantity.first < first and other.category == figure.category
            for other in figures
        ):
            return True
    return False


# Prepositions of a place said last, before the dash of its count.
_IN = frozenset({"в", "во", "на"})


def _place_right_before_the_dash(tokens: list[Token], start: int, first: int) -> bool:
    """«Наибольшее число погибших зарегистрировано в Северном районе — 46»: a place said last
    in the clause, right before the dash of its count (a preposition, a capitalised name and
    a word for what it is named: «в Северном районе», «в Лесном»), sets the count in it."""
    if first - 3 < start or tokens[first - 1].text not in {"—", "–"}:
        return False
    for name in (first - 2, first - 3):
        if name - 1 >= start and tokens[name - 1].lower in _IN and tokens[name].capitalised:
            return name == first - 2 or tokens[first - 2].kind == "word"
    return False
