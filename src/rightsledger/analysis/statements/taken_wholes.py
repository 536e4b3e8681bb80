"""The persons taken of whom a later count, with no whole of its own, is a part.

"Soldiers held about forty men in the barn. Sixteen were put on a bus at night and nobody
has heard from them since": the sixteen are not said to be "of them", yet a smaller count
in the sentence after a count of persons taken (detained or captured) is a part of those
persons, and what befalls them afterwards befalls them as part of that whole.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.figures.core import HELD_FATES
from rightsledger.analysis.statements.tokens import FULL_STOPS, Token


def taken_whole_before(tokens: list[Token], figures: list[Figure], part: Figure) -> Figure | None:
    """The nearest count of persons taken before ``part``, a whole itself, larger than it, in
    the part's sentence or the one before and in the same paragraph."""
    size = part.quantity.most
    if size is None:
        return None
    before = [f for f in figures if f.last < part.first and f is not part]
    for whole in sorted(before, key=lambda f: f.last, reverse=True):
        if not near(tokens, whole.last, part.first):
            return None
        if whole.category not in HELD_FATES or whole.parent is not None:
            continue
        whole_size = whole.quantity.most
        return whole if whole_size is not None and whole_size > size else None
    return None


def near(tokens: list[Token], start: int, end: int) -> bool:
    """At most one sentence's end between, and no new paragraph."""
    ends = 0
    for k in range(start + 1, end + 1):
        if tokens[k].newline_before > 1:
            return False
        if tokens[k].text in FULL_STOPS:
            ends += 1
    return ends <= 1
