"""Azerbaijani counts broken down by where they came from, each part opened by its source in the
ablative and its verb left out: "Quyulardan 40 nəfərin qalıqları çıxarılıb: birinci quyudan
28, ikincidən 9, qalan iki quyudan isə 3" (from the first pit 28, from the second 9, from the
other two 3). The opening is what the part says instead of a place ("Laçında isə 11"); the
bare number after it has the verb of the figure before it (``GappedVerbs``). A count in such
an opening after "qalan" (the remaining: "qalan iki quyudan") names things counted before,
and is no figure of its own."""

from __future__ import annotations

from rightsledger.analysis.statements.quantities.quantity import Quantity
from rightsledger.analysis.statements.tokens import Token

# The ablative ending of the source: "quyudan", "ikincidən", "məzarlardan".
_ABLATIVE = ("dan", "dən")
# An ordinal ("birinci", "ikinci", "üçüncü", "sonuncu") names which of the things counted.
_ORDINAL = ("ıncı", "inci", "uncu", "üncü")
# "The remaining", "the other": "qalan iki quyudan", "digər quyudan".
_THE_OTHER = frozenset({"qalan", "digər", "sonuncu"})
# "As for", which may close the opening: "qalan iki quyudan isə 3".
_AS_FOR = "isə"
# How many words the opening may hold before its ablative ("qalan iki quyudan").
_REACH = 3


def az_source_opening(tokens: list[Token], start: int, end: int) -> int:
    """Past an Azerbaijani source in the ablative that opens a part at ``start`` ("birinci
    quyudan", "ikincidən", "qalan iki quyudan isə"), or -1: an ordinal or "qalan" (the
    remaining) names one of the things counted before, so the ablative is where the part
    came from, not a place of the event."""
    named = False
    k = start
    while k < end and k - start <= _REACH:
        word = tokens[k].lower
        if word.endswith(_ABLATIVE) and tokens[k].kind == "word":
            named = named or word.startswith(_ordinal_stems(word))
            if not named:
                return -1
            k += 1
            return k + 1 if k < end and tokens[k].lower == _AS_FOR else k
        if word in _THE_OTHER or word.endswith(_ORDINAL):
            named = True
        elif tokens[k].kind != "num" and not tokens[k].lower.isalpha():
            return -1
        k += 1
    return -1


def _ordinal_stems(word: str) -> tuple[str, ...]:
    """The ordinal the ablative itself may be ("ikincidən": from the second): the word less
    its ablative ending, if that ends as an ordinal does."""
    stem = word[:-3]
    return (stem,) if stem.endswith(_ORDINAL) else ("\0",)


def the_rest_as_a_source(tokens: list[Token], quantity: Quantity) -> bool:
    """Is ``quantity`` the remaining things a part came from ("qalan iki quyudan isə 3"): after
    "qalan" or "digər", its noun in the ablative, and a number right after it (past "isə")?"""
    first, last = quantity.first, quantity.end_token
    if first < 1 or tokens[first - 1].lower not in {"qalan", "digər"}:
        return False
    if not tokens[last].lower.endswith(_ABLATIVE) or quantity.np_last < 0:
        return False
    k = last + 1
    if k < len(tokens) and tokens[k].lower == _AS_FOR:
        k += 1
    return k < len(tokens) and tokens[k].kind == "num"
