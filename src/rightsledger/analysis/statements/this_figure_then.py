"""The figure of another time told as "this figure": "il ərzində 3 məhbus vəfat edib; 2024-cü
ildə bu rəqəm 2 idi", "ötən il bu göstərici 27 olub". The bare number after "bu rəqəm" /
"həmin göstərici" (this figure, that indicator) counts the same persons as the figure it
names again, at another time: it takes that figure's group, whichever rule gave it (the
prisoners of a prison are named so only once the whole statement is read) (Azerbaijani)."""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.tokens import Token

_DEMONSTRATIVES = frozenset({"bu", "həmin"})
_FIGURE_WORDS = frozenset({"rəqəm", "göstərici", "say"})


def give_this_figure_its_group(tokens: list[Token], figures: list[Figure], language: str) -> None:
    """Gives a bare count after "bu rəqəm" the group of the figure of its act before it."""
    if language != "az":
        return
    for figure in figures:
        quantity = figure.quantity
        if figure.parent is not None or figure.subgroup != "all" or not figure.category:
            continue
        if not _after_this_figure(tokens, quantity.first):
            continue
        named = [
            f for f in figures
            if f.parent is None
            and f.category == figure.category
            and f.quantity.first < quantity.first
        ]  # fmt: skip
        if named:
            figure.subgroup = max(named, key=lambda f: f.quantity.first).subgroup


def _after_this_figure(tokens: list[Token], first: int) -> bool:
    words = [t.lower for t in tokens[max(0, first - 2) : first]]
    return len(words) == 2 and words[0] in _DEMONSTRATIVES and words[1] in _FIGURE_WORDS
