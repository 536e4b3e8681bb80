"""The rest of persons taken of whom nothing has been heard, as a witness says it: "Four of
them came back. We have heard nothing about the other ten", "Of the other eighteen we have
heard nothing since", «Об остальных двадцати мы до сих пор ничего не знаем», «Про остальных
пятерых я ничего не слышал». The others of the taken are accounted for (released, found);
the rest, taken and never heard of again, disappeared — a part of those taken. (A Russian
count so told may have been read already as a part of the taken whole, by the verb of the
sentences before: it is read again.)

The rest is told by "the other" or "the remaining" before its count, and the count must be
what is left of the taken: the taken less the parts told of them before. "We heard nothing
about 40 people", with no taken whole whose rest they are, says nothing here."""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.figures.core import HELD_FATES
from rightsledger.analysis.statements.figures.taking_back import unread, with_added
from rightsledger.analysis.statements.numerals import read_number
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import CLAUSE_STOPS, Token

_REST = frozenset({"other", "remaining"})
_ABOUT = frozenset({"about", "of", "from"})
# How many words may stand between "of the other N" and "heard nothing" ("we have"; «мы
# до сих пор»).
_REACH = 5
# Russian: the rest («остальных») after «про» or «об», and what is said of them after
# «ничего не»: known, heard.
_REST_RU = "остальн"
_ABOUT_RU = frozenset({"про", "об"})
_KNOWN_RU = ("зна", "известн", "слыша")
# What such a count may have been read as before: a part of the taken, or missing.
_REREAD_RU = frozenset({"captured", "detained", "missing"})


def add_the_rest_heard_nothing_of(
    tokens: list[Token], quantities: list[Quantity], figures: list[Figure], language: str
) -> list[Figure]:
    """``figures`` and a figure of the disappeared for the rest of the taken heard nothing of."""
    if language == "ru":
        return _ru_the_rest_known_nothing_of(tokens, quantities, figures)
    if language != "en":
        return figures
    added: list[Figure] = []
    for quantity in unread(quantities, figures):
        if quantity.count is None or quantity.zero or not _the_rest(tokens, quantity):
            continue
        if not (_heard_nothing_before(tokens, quantity) or _heard_nothing_after(tokens, quantity)):
            continue
        whole = _taken_whole_of_the_rest(figures, quantity)
        if whole is not None:
            added.append(
                Figure(
                    quantity, "disappeared", subgroup=whole.subgroup, parent=whole, bound="nested"
                )
            )
    if not added:
        return figures
    out = with_added(figures, added)
    for rest in added:
        _nest_the_next_part_of_them(tokens, out, rest)
    return out


def _ru_the_rest_known_nothing_of(
    tokens: list[Token], quantities: list[Quantity], figures: list[Figure]
) -> list[Figure]:
    """«Об остальных двадцати мы ничего не знаем»: the rest of the taken, read as taken (or
    missing) or not read at all, disappeared."""
    added: list[Figure] = []
    by_quantity = {id(f.quantity): f for f in figures}
    for quantity in quantities:
        if quantity.count is None or quantity.zero or not _ru_about_the_rest(tokens, quantity):
            continue
        if not _ru_nothing_known_after(tokens, quantity):
            continue
        whole = _taken_whole_of_the_rest(figures, quantity)
        if whole is None:
            continue
        figure = by_quantity.get(id(quantity))
        if figure is None:
            added.append(
                Figure(
                    quantity, "disappeared", subgroup=whole.subgroup, parent=whole, bound="nested"
                )
            )
        elif figure.category in _REREAD_RU:
            figure.category, figure.parent = "disappeared", whole
            if figure.subgroup == "all":
                figure.subgroup = whole.subgroup  # the rest of the men are men
    return with_added(figures, added)


def _nest_the_next_part_of_them(tokens: list[Token], figures: list[Figure], rest: Figure) -> None:
    """ "We have heard nothing about the other ten. … the bodies of three of them were found":
    the next figure, a part "of them" (or "of the ten") with no whole and fewer, is of the
    rest, the persons named last (it was read before the rest were a figure)."""
    after = [f for f in figures if f.quantity.first > rest.quantity.end_token]
    if not after:
        return
    part = after[0]
    if part.parent is not None and any(part.parent is f for f in figures):
        return  # a whole of its own already ("of the eight" is no figure of ours)
    count, size = part.quantity.count, rest.quantity.count
    if count is None or size is None or count >= size:
        return
    k = max(part.quantity.end_token, part.quantity.np_last) + 1
    words = [t.lower for t in tokens[k : k + 2]]
    of_them = words == ["of", "them"]
    number = read_number(tokens, k + 2, "en") if k + 2 < len(tokens) else None
    of_the_rest = words == ["of", "the"] and number is not None and number.value == size
    if of_them or of_the_rest:
        part.parent = rest


def _the_rest(tokens: list[Token], quantity: Quantity) -> bool:
    k = quantity.first
    return k >= 2 and tokens[k - 1].lower in _REST and tokens[k - 2].lower == "the"


def _heard_nothing_before(tokens: list[Token], quantity: Quantity) -> bool:
    """ "heard nothing about the other ten": "heard nothing", a preposition, "the other"."""
    k = quantity.first
    if k < 5:
        return False
    words = [t.lower for t in tokens[k - 5 : k - 2]]
    return words[:2] == ["heard", "nothing"] and words[2] in _ABOUT


def _heard_nothing_after(tokens: list[Token], quantity: Quantity) -> bool:
    """ "Of the other eighteen we have heard nothing since"."""
    if quantity.first < 3 or tokens[quantity.first - 3].lower != "of":
        return False
    end = max(quantity.end_token, quantity.np_last)
    for k in range(end + 1, min(end + 1 + _REACH, len(tokens) - 1)):
        if tokens[k].text in CLAUSE_STOPS:
            return False
        if tokens[k].lower == "heard" and tokens[k + 1].lower == "nothing":
            return True
    return False


def _ru_about_the_rest(tokens: list[Token], quantity: Quantity) -> bool:
    """«про остальных пятерых», «об остальных двадцати»."""
    k = quantity.first
    return k >= 2 and tokens[k - 1].lower.startswith(_REST_RU) and tokens[k - 2].lower in _ABOUT_RU


def _ru_nothing_known_after(tokens: list[Token], quantity: Quantity) -> bool:
    """«… (мы до сих пор) ничего не знаем / не слышали / не известно» in the count's clause."""
    end = max(quantity.end_token, quantity.np_last)
    for k in range(end + 1, min(end + 1 + _REACH, len(tokens) - 2)):
        if tokens[k].text in CLAUSE_STOPS:
            return False
        if (
            tokens[k].lower == "ничего"
            and tokens[k + 1].lower == "не"
            and tokens[k + 2].lower.startswith(_KNOWN_RU)
        ):
            return True
    return False


def _taken_whole_of_the_rest(figures: list[Figure], quantity: Quantity) -> Figure | None:
    """The latest whole of the taken before the count whose parts told and the count make it."""
    before = [f for f in figures if f.quantity.first < quantity.first]
    for whole in reversed(before):
        if whole.parent is not None or whole.category not in HELD_FATES:
            continue
        total = whole.quantity.count
        told = sum(f.quantity.count or 0 for f in before if f.parent is whole)
        if total is not None and told and told + (quantity.count or 0) == total:
            return whole
    return None
