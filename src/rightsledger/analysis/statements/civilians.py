"""Civilians as a group of their own where the text sets them against servicemen.

"Civilians" («мирные жители», «гражданские лица», "mülki şəxslər") are everyone in most
statements; only where a figure is split into its civilians and its servicemen ("2,400
missing, 1,300 of them civilians and 1,100 servicemen", "onlardan 700-ü mülki şəxs,
3.100-ü hərbi qulluqçudur"), or its civilians are singled out as a part of it ("64 freed,
among them 5 civilians", «более 600 граждан, из них около 90 — гражданские»: the rest are
not), do the words name a group, as against the other part. Counts merely joined ("seven
servicemen and two civilians returned") keep civilians as everyone: it is the split of one
figure into parts that sets the groups against each other.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.tokens import Token

CIVILIANS = "civilians"
_SERVICEMEN = "servicemen"
# The words for civilians, by stem, in the three languages.
_CIVILIAN_STEMS = ("civilian", "мирн", "гражданск", "mülki")
# What stands between a part's number and a predicate that names it: "of them were", «из них —».
_BEFORE_PREDICATE = frozenset(
    {"of", "them", "whom", "were", "was", "are", "is", "из", "них", "которых", "—", "–",
     "были", "являются", "оказались"}
)  # fmt: skip


def mark_civilians(tokens: list[Token], figures: list[Figure]) -> None:
    """Gives the subgroup "civilians" to a part counted by a word for civilians when another
    part of the same figure counts servicemen."""
    for figure in figures:
        parent = figure.parent
        if parent is None or figure.subgroup != "all" or not _counts_civilians(tokens, figure):
            continue
        if any(f.parent is parent and f.subgroup == _SERVICEMEN for f in figures):
            figure.subgroup = CIVILIANS
        elif _part_of_fewer(figure, parent):
            figure.subgroup = CIVILIANS  # singled out: the rest of the figure are not civilians


def _counts_civilians(tokens: list[Token], figure: Figure) -> bool:
    """Is the part counted by a word for civilians, after its number or as its predicate
    ("of whom 90 were civilians", «из них около 90 — гражданские»)?"""
    quantity = figure.quantity
    if quantity.np_first >= 0:
        return any(
            tokens[k].lower.startswith(_CIVILIAN_STEMS)
            for k in range(quantity.np_first, quantity.np_last + 1)
        )
    k = quantity.end_token + 1
    while k < len(tokens) and tokens[k].lower in _BEFORE_PREDICATE:
        k += 1
    return k < len(tokens) and tokens[k].lower.startswith(_CIVILIAN_STEMS)


def _part_of_fewer(figure: Figure, parent: Figure) -> bool:
    most, count = parent.quantity.count, figure.quantity.count
    return most is not None and count is not None and count < most
