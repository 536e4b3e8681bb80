"""A witness's bare count taken: "they came at night and they took eleven.", "They took four,
and the rest of us they left". With no noun after the number, "took" has nothing to take but
the persons the witness speaks of: so many were captured. Only "they took" with a number
that ends its clause (a stop, a comma, "and") or is "of us"/"of them" reads so: with a noun
the verb says no more than "took" ("They took five men outside … and shot them": how they were
killed; "it took 40 minutes"), nor does a number followed by where to ("took 15 to hospital")."""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.figures.core import _LATER_FATES
from rightsledger.analysis.statements.figures.taking_back import unread, with_added
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import Token

# What may end the clause right after the count.
_CLAUSE_ENDS = frozenset({".", ",", ";", "and", "!", '"', "”", "’"})
# "Of us", "of them": those the witness speaks for or of.
_OF_THOSE = frozenset({"us", "them"})


def add_counts_taken_alone(
    tokens: list[Token], quantities: list[Quantity], figures: list[Figure], language: str
) -> list[Figure]:
    """``figures`` and a figure of the captured for each bare count after "they took"."""
    if language != "en":
        return figures
    added = [
        Figure(quantity, "captured", bound="clause")
        for quantity in unread(quantities, figures)
        if _taken_alone(tokens, quantity)
    ]
    if not added:
        return figures
    out = with_added(figures, added)
    for whole in added:
        _nest_the_next_fate(tokens, out, whole)
    return out


def _nest_the_next_fate(tokens: list[Token], figures: list[Figure], whole: Figure) -> None:
    """ "They took eleven. A week later they let four of them go": the next figure, a bare
    count of a later fate of the taken with no whole and fewer, is of those taken (it was
    read before the taken were a figure). "All eleven" between ("They beat all eleven") are
    the taken again, no other figure ("all_of_those_counted" makes them a part)."""
    after = [
        f
        for f in figures
        if f.quantity.first > whole.quantity.end_token and not _all_of_them(tokens, f, whole)
    ]
    if not after:
        return
    part = after[0]
    quantity, most = part.quantity, whole.quantity.most
    bare = not quantity.noun and quantity.np_last < 0
    if part.parent is not None or not bare or part.category not in _LATER_FATES["captured"]:
        return
    if most is not None and quantity.most is not None and quantity.most < most:
        part.parent = whole


def _all_of_them(tokens: list[Token], figure: Figure, whole: Figure) -> bool:
    """Is the figure "all N" of as many as the whole counts?"""
    first = figure.quantity.first
    same = figure.quantity.count is not None and figure.quantity.count == whole.quantity.count
    return same and first > 0 and tokens[first - 1].lower == "all"


def _taken_alone(tokens: list[Token], quantity: Quantity) -> bool:
    first, last = quantity.first, quantity.end_token
    if quantity.noun or quantity.np_last >= 0 or quantity.zero or quantity.most is None:
        return False
    if first < 2 or [t.lower for t in tokens[first - 2 : first]] != ["they", "took"]:
        return False
    after = [t.lower for t in tokens[last + 1 : last + 3]]
    if not after:
        return True
    return after[0] in _CLAUSE_ENDS or (
        after[:1] == ["of"] and after[1:2] != [] and after[1] in _OF_THOSE
    )
