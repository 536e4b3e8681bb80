"""Russian lists of groups after a heading that names those just counted by their act and
marks them as the whole («Зарегистрировано 23 904 беженца. Из числа зарегистрированных:
детей — 9 211; женщин — 8 370», «Задержаны 300 человек. Среди задержанных: детей — 9»): each
group of the list is some of the count told before the heading by the same act, in that
count's category. The heading's participle and the count's verb are one verb (one
dictionary form); a register of refugees gives the registered listed after it their fate.
A list whose heading names an act no count before it was told by stands alone.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.tokens import Token, sentences

# The marker opening the heading: «из числа», «среди», «в числе».
_MARKERS = (("из", "числа"), ("среди",), ("в", "числе"))
_COLON = ":"
_REACH = 2  # sentences back to the count the heading names


def nest_parts_listed_under_the_counted(
    tokens: list[Token], figures: list[Figure], language: str
) -> None:
    """Makes each group listed after «Из числа <participle>:» a part of the count told
    before it by that participle's verb."""
    if language != "ru":
        return
    spans = list(sentences(tokens))
    for figure in figures:
        if figure.parent is not None or figure.subgroup == "all":
            continue
        n = next((m for m, (b, e) in enumerate(spans) if b <= figure.quantity.first < e), None)
        if n is None:
            continue
        verb = _heading_verb(tokens, spans[n][0], figure.quantity.first)
        if not verb:
            continue
        earliest = spans[max(0, n - _REACH)][0]
        whole = next(
            (
                f
                for f in reversed(figures)
                if earliest <= f.quantity.first < spans[n][0] and _told_by(tokens, f, verb)
            ),
            None,
        )
        if whole is None or whole.parent is not None or whole.subgroup != "all":
            continue
        if (whole.quantity.count or 0) <= (figure.quantity.count or 0):
            continue
        figure.parent = whole
        figure.category = whole.category


def _heading_verb(tokens: list[Token], begin: int, first: int) -> str:
    """The dictionary form of the participle in a heading «Из числа <participle>:» opening the
    sentence at ``begin`` before the count at ``first``, or ''."""
    words = [t.lower for t in tokens[begin:first]]
    for marker in _MARKERS:
        size = len(marker)
        if tuple(words[:size]) != marker or len(words) < size + 2:
            continue
        named, colon = tokens[begin + size], tokens[begin + size + 1]
        if named.pos == "PRTF" and colon.text == _COLON:
            return named.key
    return ""


def _told_by(tokens: list[Token], figure: Figure, verb: str) -> bool:
    trigger = figure.trigger
    if trigger is None or not figure.category:
        return False
    return any(tokens[k].key == verb for k in range(trigger.first, trigger.last + 1))
