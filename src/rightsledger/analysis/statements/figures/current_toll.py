"""The toll as it now stands, among earlier reports of it: «Число погибших возросло до 31
человека … Утром сообщали о двенадцати погибших, к обеду — о двадцати трёх. Среди погибших
шестеро детей»: the dead the children are among are the 31, the toll the text says rose to
it; the smaller reports told after it were steps on the way, not the dead as now counted."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.core import Figure
from rightsledger.analysis.statements.tokens import Token

# «возросло до 31», «выросло до», «увеличилось до», «достигло 31».
_ROSE_RU = frozenset({"возросло", "выросло", "увеличилось", "достигло"})
_TO_RU = "до"


def current_toll(tokens: list[Token], candidates: list[Figure]) -> Figure | None:
    """The last of ``candidates`` said to be what a toll rose to, if every candidate after it
    counts fewer (earlier steps told afterwards); else None."""
    risen = [f for f in candidates if _risen_to(tokens, f)]
    if not risen:
        return None
    toll = risen[-1]
    count = toll.quantity.count
    after = candidates[candidates.index(toll) + 1 :]
    if count is None or not after:
        return None
    smaller = all(f.quantity.most is not None and f.quantity.most < count for f in after)
    return toll if smaller else None


def _risen_to(tokens: list[Token], figure: Figure) -> bool:
    k = figure.quantity.first
    if tokens[k].lower != _TO_RU:
        k -= 1
    return k >= 1 and tokens[k].lower == _TO_RU and tokens[k - 1].lower in _ROSE_RU
