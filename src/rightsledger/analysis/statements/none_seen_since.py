"""English: "None of those men has been seen since" is no zero. Said of persons taken (captured
or detained) and counted just before, "none of them … seen since", "… seen again", "… heard
from since" says that every one of them has been missing since the taking: the whole has
disappeared, and the "none" adds no figure of its own (as Russian's «никого из них больше не
видели», in ``none_unseen``).

Not so where the persons counted last were not taken ("40 residents were evacuated. None of
them has been seen since": no taking), nor where the verb is no sighting ("None of them was
hurt" is the zero it says).
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.tokens import CLAUSE_STOPS, Token

_TAKEN = frozenset({"detained", "captured"})
_DISAPPEARED = "disappeared"
# What "none" says was not so of any of them since: seen or heard from. ("None of them came
# back" is a release denied, read by its verb.)
_NOT_SINCE = (("seen", "since"), ("seen", "again"), ("heard", "from", "since"))
# How many words of the clause after "none of" may hold the phrase.
_CLAUSE_REACH = 10


def disappear_the_taken_none_seen_since(
    tokens: list[Token], figures: list[Figure], language: str
) -> list[Figure]:
    """``figures`` with the taken that none was seen since made disappeared, without a zero
    read from those words."""
    if language != "en":
        return figures
    dropped: set[int] = set()
    for k, token in enumerate(tokens):
        if token.lower != "none" or k + 1 >= len(tokens) or tokens[k + 1].lower != "of":
            continue
        if not _none_seen_since(tokens, k):
            continue
        zeros = {id(f) for f in figures if f.quantity.zero and f.quantity.first == k}
        before = [f for f in figures if f.last < k and id(f) not in zeros]
        if not before:
            continue
        whole = before[-1].parent or before[-1]
        if whole.category not in _TAKEN or whole.parent is not None:
            continue
        whole.category = _DISAPPEARED
        dropped |= zeros
    return [f for f in figures if id(f) not in dropped]


def _none_seen_since(tokens: list[Token], k: int) -> bool:
    words: list[str] = []
    j = k + 2
    while j < len(tokens) and tokens[j].text not in CLAUSE_STOPS and len(words) < _CLAUSE_REACH:
        words.append(tokens[j].lower)
        j += 1
    return any(
        tuple(words[i : i + len(phrase)]) == phrase
        for phrase in _NOT_SINCE
        for i in range(len(words))
    )
