"""Azerbaijani opens a clause with the persons a part is among, named by their fate, and may
say who the part are before its count: "Yaralılar arasında yanğını söndürən 2 həkim də var",
"Xəsarət alanlar arasında … briqadasının 2 həkimi də var". The words between "arasında" and
the count describe the part; they leave it among the persons of that fate all the same. So a
part whose fate was read from the words right before "arasında", with no whole yet, is a part
of the latest figure of that fate it fits in. The words between must stay in one clause:
no comma, colon or semicolon, and no other number."""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.tokens import Token

_AMONG = "arasında"
# What ends the clause "arasında" opened before the count could be reached.
_CLAUSE_BREAKS = frozenset({",", ";", ":", ".", "!", "?", "—", "–", "(", ")", "\n"})


def nest_among_a_fate_named_first(
    tokens: list[Token], figures: list[Figure], language: str
) -> None:
    """Gives a part counted after "<fate> arasında …" the latest figure of that fate."""
    if language != "az":
        return
    for k, part in enumerate(figures):
        trigger, quantity = part.trigger, part.quantity
        if part.parent is not None or trigger is None or not part.category:
            continue
        among = trigger.last + 1
        if among + 1 >= quantity.first or tokens[among].lower != _AMONG:
            continue  # right before the count, the binder's rules of "arasında" speak
        between = tokens[among + 1 : quantity.first]
        if any(t.text in _CLAUSE_BREAKS or t.kind == "num" for t in between):
            continue
        whole = _latest_of_the_fate(figures[:k], part)
        if whole is not None:
            part.parent = whole


def _latest_of_the_fate(before: list[Figure], part: Figure) -> Figure | None:
    wholes = [
        f for f in before
        if f.category == part.category and f.parent is None and not f.quantity.zero
    ]  # fmt: skip
    if not wholes:
        return None
    whole = wholes[-1]
    most, count = whole.quantity.most, part.quantity.most
    return whole if most and count and count <= most else None
