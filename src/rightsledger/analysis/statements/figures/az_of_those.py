"""Azerbaijani "they were of those seven": "iki meyit tapıldı – ikisi də o yeddi nəfərdən idi".

The persons of a figure said, with a copula, to have been of a group counted before ("o yeddi
nəfərdən", of those seven) are a part of that group's figure: the two bodies found are two of
the seven of whom there had been no word."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.core import Figure
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import Token

# "Those" before the number: "o yeddi nəfərdən", "həmin 12 nəfərdən".
_THOSE = frozenset({"o", "həmin", "bu"})
# The copula after the group in the ablative: "idi", "idilər", "imiş", "dır".
_WERE = ("idi", "imiş", "dır", "dir", "dur", "dür")
_ABLATIVE = ("dan", "dən")


def of_those_counted_before(
    tokens: list[Token],
    quantities: list[Quantity],
    figures: list[Figure],
    previous: list[Figure],
    begin: int,
    end: int,
) -> None:
    """Makes the figure before "… o yeddi nəfərdən idi" a part of the figure of the seven."""
    for those in quantities:
        if not begin < those.first or those.count is None:
            continue
        if tokens[those.first - 1].lower not in _THOSE:
            continue
        # "o yeddi nəfərdən idi", or the number in the ablative itself ("o yeddisindən idi").
        k = those.last + 1
        if not tokens[those.last].lower.endswith(_ABLATIVE):
            if k >= end or not tokens[k].lower.endswith(_ABLATIVE):
                continue
            k += 1
        if k >= end or not tokens[k].lower.startswith(_WERE):
            continue
        parts = [f for f in figures if f.category and f.quantity.last < those.first - 1]
        if not parts:
            continue
        part = parts[-1]  # "ikisi də" (both of them): the persons just counted
        count = part.quantity.count
        if part.parent is not None or count is None or count > those.count:
            continue
        earlier = [
            f
            for f in [*previous, *figures]
            if f.quantity.first < part.quantity.first
            and f.quantity.count == those.count
            and f.category
        ]
        if earlier:
            part.parent = earlier[-1]
