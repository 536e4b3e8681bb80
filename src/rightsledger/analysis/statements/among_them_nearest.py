"""English "…, among them four minors" after a clause whose subject is a count is a part of
that count: "The other 14 remain in prison, among them three minors" — the minors are of the
14 still held, not of a figure in an earlier sentence. The comma-set "among them" speaks of
the persons counted last in its own sentence; where the binder took a whole from before the
sentence (the count there had no fate yet when parts were bound), the part is moved to the
count of its sentence, with that count's fate, if it fits in it."""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.tokens import FULL_STOPS, Token


def nest_among_them_in_their_sentence(
    tokens: list[Token], figures: list[Figure], language: str
) -> None:
    """Gives a part after ", among them" the count before it in its sentence as its whole."""
    if language != "en":
        return
    for part in figures:
        comma = part.quantity.first - 3
        if comma < 0 or [t.lower for t in tokens[comma : comma + 3]] != [",", "among", "them"]:
            continue
        start = _sentence_start(tokens, comma)
        whole = part.parent
        if whole is not None and whole.quantity.first >= start:
            continue  # already a part of a count in its sentence
        before = [
            f for f in figures
            if f is not part and start <= f.quantity.first and f.quantity.end_token < comma
        ]  # fmt: skip
        if not before or not before[-1].category:
            continue
        nearest = before[-1]
        most, count = nearest.quantity.most, part.quantity.count
        if most is None or count is None or count >= most:
            continue
        if whole is None or part.category == whole.category:
            part.category = nearest.category  # the fate was the old whole's, not its own
        part.parent = nearest


def _sentence_start(tokens: list[Token], k: int) -> int:
    while k > 0 and tokens[k - 1].text not in FULL_STOPS:
        k -= 1
    return k
