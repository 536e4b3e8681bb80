"""A part counted "of those" or "of these" after a part in its sentence is a part of that
part, in English: "38 of them are still in custody, and six of those are journalists" —
the six are of the 38 still held, not of all arrested. The demonstrative points to the
persons named last; "of them" may reach back to the whole and is left to the rules of
``nesting``. A count too large for the part ("… and 60 of those were beaten" after "38
of them") is of the whole, as before."""

from __future__ import annotations

from collections.abc import Callable

from rightsledger.analysis.statements.figures.core import Figure
from rightsledger.analysis.statements.tokens import Token

_DEMONSTRATIVES = frozenset({"those", "these"})
# An auxiliary after the demonstrative opens the part's own predicate ("two of those had broken
# ribs", "three of those were women"), even where an act starts with it: it names no one.
_AUXILIARIES = frozenset({"had", "have", "has", "were", "was", "are", "is"})


def nest_parts_of_those(
    tokens: list[Token], figures: list[Figure], begin: int, names_whom: Callable[[int], bool]
) -> None:
    """Gives a part whose marker right after its count is "of those" / "of these" the part
    counted just before it in its sentence, where that part is of the same whole and holds
    more ("Of those, six …" fronted may sum up all counted before: left as it is). The
    demonstrative must stand alone: "146 of those arrested", "four of these complaints" name
    whom or what by the word after it (``names_whom`` at its position)."""
    for k, part in enumerate(figures):
        after = part.quantity.last + 1
        words = [t.lower for t in tokens[after : after + 2]]
        if words[:1] != ["of"] or words[1:] not in (["those"], ["these"]):
            continue
        if (
            after + 2 < len(tokens)
            and tokens[after + 2].lower not in _AUXILIARIES
            and names_whom(after + 2)
        ):
            continue
        before = [f for f in figures[:k] if begin <= f.quantity.first]
        if not before:
            continue
        nearest = before[-1]
        if nearest.parent is None or not nearest.category:
            continue
        if part.parent is not None and nearest.parent is not part.parent:
            continue  # only the sibling counted last: "38 of them …, and six of those …"
        # (A part whose whole is not found yet, "two of those" after "at least 6 of them had
        # been beaten;", is of that part all the same.)
        most, count = nearest.quantity.most, part.quantity.count
        if most is None or count is None or count >= most:
            continue
        part.parent = nearest
