"""Russian: «Трое из пяти похищенных журналистов освобождены, двое погибли», «…, судьба
остальных двоих неизвестна». A part told before its whole («трое из пяти …») opens the
breakdown of that whole: a count with no noun of its own later in the sentence, or one called
the rest («остальные двое»), is another part of the same whole, not a part of the first part.
A count that names persons of its own («два спасателя погибли») names others."""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.figures.core import _REMAINING
from rightsledger.analysis.statements.tokens import Token, sentences


def nest_siblings_of_a_part_told_first(
    tokens: list[Token], figures: list[Figure], language: str
) -> None:
    """Gives a later bare count of the sentence the whole of the part told first."""
    if language != "ru":
        return
    for begin, end in sentences(tokens):
        inside = [f for f in figures if begin <= f.quantity.first < end]
        for part in inside:
            whole = part.parent
            if whole is None or not part.quantity.first < whole.quantity.first < end:
                continue  # no part told before its whole («трое из пяти …»)
            for later in inside:
                if later.quantity.first <= whole.quantity.end_token:
                    continue
                if _another_part(tokens, later, part, whole):
                    later.parent = whole


def _another_part(tokens: list[Token], later: Figure, part: Figure, whole: Figure) -> bool:
    count, most = later.quantity.count, whole.quantity.most
    if count is None or most is None or count > most:
        return False
    first = later.quantity.first
    rest = first > 0 and (
        tokens[first - 1].key in _REMAINING or tokens[first - 1].lower in _REMAINING
    )
    if later.parent is not part and later.parent is not None:
        return False
    # «двое погибли»: no words of its own; «остальные двое»: the rest.
    return later.quantity.np_last < 0 or (later.parent is None and rest)
