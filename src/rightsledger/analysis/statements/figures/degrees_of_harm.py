"""How grave a degree of harm is, where a hospital's report counts its patients degree by
degree: «госпитализированы 34 … В реанимации находятся 7 пациентов, состояние троих
оценивается как крайне тяжёлое». Those in intensive care are of the hospitalised, and those in
an extremely grave state of those in intensive care: each graver degree is counted among the
lighter one told before it, not among all the hurt. Outpatients are no degree of this ladder
(«остальным 24 оказана амбулаторная помощь»: beside the hospitalised, not among them).
Russian; the words are stems of the trigger's tokens."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.core import Figure
from rightsledger.analysis.statements.tokens import Token

# Each degree's words, lightest first; a phrase takes its gravest word's rank.
_LADDER_RU: tuple[tuple[str, ...], ...] = (
    ("госпитализ", "стационар"),
    ("реанимац", "тяжёл", "тяжел"),
    ("крайне", "критическ"),
)


def degree_rank(tokens: list[Token], figure: Figure, language: str) -> int:
    """How grave the figure's degree is (1 the lightest), 0 if it names none of the ladder."""
    trigger = figure.trigger
    if language != "ru" or trigger is None:
        return 0
    words = [t.lower for t in tokens[trigger.first : trigger.last + 1]]
    rank = 0
    for n, stems in enumerate(_LADDER_RU, 1):
        if any(word.startswith(stems) for word in words):
            rank = n
    return rank


def lighter_degree_holding(
    tokens: list[Token], figure: Figure, told: list[Figure], language: str
) -> Figure | None:
    """The latest of ``told`` (parts of the figure's whole, told before it) counted by a
    lighter degree than the figure's, that holds the figure's count; else None."""
    rank, count = degree_rank(tokens, figure, language), figure.quantity.count
    if rank < 2 or count is None:
        return None
    for f in reversed(told):
        most = f.quantity.most
        lighter = 0 < degree_rank(tokens, f, language) < rank
        if lighter and f.category == figure.category and most is not None and count < most:
            return f
    return None
