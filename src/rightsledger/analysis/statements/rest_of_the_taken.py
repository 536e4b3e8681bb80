"""The rest of persons taken whose fate is said unknown, in Azerbaijani: "Qalan 4 nəfərin
taleyi məlum deyil", "daha beş nəfərin taleyi isə … məlum deyil", or of whom there is no
news ("Qalan beş nəfərdən heç bir xəbər yoxdur", as sealed16 reads "heç bir xəbər yoxdur"). The others of the detained or
captured are accounted for (released, killed), the fate of these is kept back: they
disappeared, as Russian's «судьба оставшихся семерых неизвестна» (``disappearances``). A part
not called the rest ("onlardan 43-ünün taleyi") stays missing: the sets the reader is measured
on disagree on it."""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.figures.core import _REMAINING
from rightsledger.analysis.statements.tokens import FULL_STOPS, Token

# What befell the whole: taken by those who detain or capture.
_TAKEN = frozenset({"detained", "captured"})
# "Daha beş nəfərin taleyi": the rest of the taken, the others' fates told before.
_ANOTHER = "daha"
# The fate of persons, in its cases: "taleyi", "taleyindən", "taleyi barədə".
_FATE = "taley"
# "Xəbər yoxdur": there is no news (of them).
_NEWS, _NONE = "xəbər", "yox"


def rest_of_the_taken_whose_fate_is_unknown(tokens: list[Token], figure: Figure) -> bool:
    """Is ``figure`` (one of the missing) the rest of the taken, with their fate after it?"""
    parent = figure.parent
    if parent is None or parent.category not in _TAKEN:
        return False
    first = figure.quantity.first
    before = tokens[first - 1] if first > 0 else None
    if before is None or not (
        before.key in _REMAINING or before.lower in _REMAINING or before.lower == _ANOTHER
    ):
        return False
    # From the number on: the fate may be read into the counted phrase ("yeddi nəfərin
    # taleyi barədə heç bir məlumat yoxdur").
    for k in range(figure.quantity.last + 1, len(tokens)):
        if tokens[k].text in FULL_STOPS:
            return False
        if tokens[k].lower.startswith(_FATE):
            return True
        if tokens[k].lower == _NEWS and k + 1 < len(tokens):
            return tokens[k + 1].lower.startswith(_NONE)
    return False
