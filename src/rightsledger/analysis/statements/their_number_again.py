"""A count said again by "their number" alone: «Задержаны 146 человек. … Списки сверены —
их 146» ("there are 146 of them"). A bare count after the pronoun «их» (with «было», «уже»,
«теперь», «всего» between, if any), with no noun of its own, names again the persons of an
earlier figure; when that figure, of the same act and group, gives the same count, the two
are one figure, kept where it was first told. Another count so said («их 150» after 146) is
a figure of its own: the toll as it stands now (Russian). A bare count after «все» in any case
(«Вернулись 95 человек. Со всеми 95 побеседовали») names all of those counted before, again."""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.figures.taking_back import top_counts, without
from rightsledger.analysis.statements.tokens import Token

# Words that may stand between «их» and the count: «их было 146», «их уже 146».
_BETWEEN = frozenset({"было", "уже", "теперь", "всего", "сейчас", "—", "–"})
# «все» before a bare count, in each case: «все 95», «всех 95», «всем 95», «со всеми 95».
_ALL = frozenset({"все", "всех", "всем", "всеми"})
# How many such words.
_REACH = 2


def drop_their_number_said_again(
    tokens: list[Token], figures: list[Figure], language: str
) -> list[Figure]:
    """``figures`` without a bare count after «их» that repeats an earlier figure."""
    if language != "ru":
        return figures
    top = top_counts(figures)
    dropped: set[int] = set()
    for k, figure in enumerate(top):
        if not _after_their(tokens, figure):
            continue
        earlier = next(
            (
                f
                for f in top[:k]
                if id(f) not in dropped
                and (f.category, f.subgroup, f.quantity.count)
                == (figure.category, figure.subgroup, figure.quantity.count)
            ),
            None,
        )
        if earlier is None:
            continue
        for part in figures:
            if part.parent is figure:
                part.parent = earlier
        dropped.add(id(figure))
    return without(figures, dropped) if dropped else figures


def _after_their(tokens: list[Token], figure: Figure) -> bool:
    """Is the figure's count a bare number said after «их», or after «все»?"""
    quantity = figure.quantity
    if quantity.noun or quantity.np_first >= 0 or figure.first != quantity.first:
        return False
    if quantity.first > 0 and tokens[quantity.first - 1].lower in _ALL:
        return True
    k = quantity.first - 1
    while k >= 0 and quantity.first - k <= _REACH and tokens[k].lower in _BETWEEN:
        k -= 1
    return k >= 0 and tokens[k].lower == "их"
