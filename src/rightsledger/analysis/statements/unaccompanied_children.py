"""Unaccompanied children among the displaced: "müşayiətsiz 40 uşaq", "valideynsiz və ya
müşayiətsiz 40 uşaq", "müşayiətsiz uşaqların sayı 40-a çatıb" (Azerbaijani); «40 детей без
сопровождения взрослых», «40 детей, прибывших без сопровождения» (Russian, which says it after
the children).

A report on the displaced counts the children who came without their parents as a group of its
own; no verb of flight stands by them, as the flight was told of the whole before. They are
displaced children, a part of the displaced counted before them: of the children among them,
where the latest such figure counts children ("uşaqlar: 900, o cümlədən müşayiətsiz 40
uşaq", «детей — 900, в том числе 40 детей без сопровождения»), else of the whole that figure
belongs to. With no displaced figure before them (a
report on trafficking, say) the adjective says nothing of a flight, and no figure is made.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.figures.taking_back import unread, with_added
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.sheltered_of_the_displaced import put_up
from rightsledger.analysis.statements.tokens import Token

# Without an adult of their own: unaccompanied, without parents.
_UNACCOMPANIED = frozenset({"müşayiətsiz", "valideynsiz"})
# Russian: «без сопровождения» (unaccompanied) after the children, with a participle between
# («40 детей, прибывших без сопровождения взрослых»).
_RU_WITHOUT = "без"
_RU_ESCORT = "сопровождения"
_RU_PARTICIPLE_ENDINGS = ("вших", "вшихся")
# Russian's «в том числе» (including) before the count.
_RU_INCLUDING = ("в", "том", "числе")
# What may stand between the adjective and the count: another such adjective and "or"/"and".
_BETWEEN = frozenset({"və", "ya", "yaxud", "həmçinin"}) | _UNACCOMPANIED
# How far before its count the adjective may stand ("valideynsiz və ya müşayiətsiz 40").
_REACH = 4
_CHILDREN = "subgroup:children"
# Words that may stand between "sayı" (their number) and the count: "sayı isə artıq 40-a".
_PARTICLES = frozenset({"isə", "artıq", "hazırda", "də", "da"})


def add_unaccompanied_children(
    tokens: list[Token], quantities: list[Quantity], figures: list[Figure], language: str
) -> list[Figure]:
    """``figures`` and a displaced children figure for each count of unaccompanied children
    after a displaced figure, a part of it."""
    if language not in ("az", "ru"):
        return figures
    added: list[Figure] = []
    for quantity in unread(quantities, figures):
        if quantity.count is None or quantity.non_count:
            continue
        if language == "ru":
            if not _ru_without_escort_after(tokens, quantity):
                continue
        elif not (_adjective_before(tokens, quantity) or _number_of_them(tokens, quantity)):
            continue
        before = [f for f in figures if f.category == "displaced" and f.last < quantity.first]
        if not before:
            continue
        # Those put up somewhere ("1.800 nəfər məktəblərdə yerləşdirilib") are a part of the
        # displaced told before them (``sheltered_of_the_displaced``, which nests them later),
        # not the whole the children came with.
        whole = _whole_of(([f for f in before if not put_up(tokens, f)] or before)[-1])
        marker = (
            _ru_including_before(tokens, quantity)
            if language == "ru"
            else _including_before(tokens, quantity)
        )
        if marker >= 0:
            # "uşaqlar: 900 (o cümlədən müşayiətsiz 40 uşaq)", «детей — 900, в том числе 40
            # детей без сопровождения»: the figure right before the marker is their whole (a list's row may be settled as displaced only later);
            # with no figure there, they stay unplaced.
            held = [f for f in figures if 0 < marker - f.quantity.end_token <= 3]
            if not held:
                continue
            whole = held[-1]
        figure = Figure(quantity, "displaced", "children", bound="noun")
        figure.parent = whole
        added.append(figure)
    return with_added(figures, added)


def _including_before(tokens: list[Token], quantity: Quantity) -> int:
    """Where "o cümlədən" (including) opens the adjectives before ``quantity``, or -1."""
    k = quantity.first - 1
    while k >= 0 and quantity.first - k <= _REACH and tokens[k].lower in _BETWEEN:
        k -= 1
    if k < 1 or tokens[k].lower != "cümlədən" or tokens[k - 1].lower != "o":
        return -1
    return k - 1


def _ru_including_before(tokens: list[Token], quantity: Quantity) -> int:
    """Where «в том числе» (including) opens right before ``quantity``, or -1."""
    k = quantity.first - len(_RU_INCLUDING)
    if k < 0 or tuple(t.lower for t in tokens[k : quantity.first]) != _RU_INCLUDING:
        return -1
    return k


def _ru_without_escort_after(tokens: list[Token], quantity: Quantity) -> bool:
    """«40 детей без сопровождения взрослых», «40 детей, прибывших без сопровождения»: the
    children's count, then «без сопровождения», with at most a comma and a participle
    between."""
    if quantity.noun != _CHILDREN:
        return False
    k = quantity.end_token + 1
    if k < len(tokens) and tokens[k].text == ",":
        k += 1
        if k >= len(tokens) or not tokens[k].lower.endswith(_RU_PARTICIPLE_ENDINGS):
            return False
        k += 1
    return (
        k + 1 < len(tokens) and tokens[k].lower == _RU_WITHOUT and tokens[k + 1].lower == _RU_ESCORT
    )


def _adjective_before(tokens: list[Token], quantity: Quantity) -> bool:
    """ "valideynsiz və ya müşayiətsiz 40 uşaq": the adjective before the count of children."""
    if quantity.noun != _CHILDREN:
        return False
    k = quantity.first - 1
    while k >= 0 and quantity.first - k <= _REACH and tokens[k].lower in _BETWEEN:
        if tokens[k].lower in _UNACCOMPANIED:
            return True
        k -= 1
    return False


def _number_of_them(tokens: list[Token], quantity: Quantity) -> bool:
    """ "müşayiətsiz uşaqların sayı 40-a çatıb": the count is the number of such children."""
    k = quantity.first
    while k > 0 and tokens[k - 1].lower in _PARTICLES:
        k -= 1  # "sayı isə 40-a çatıb"
    return (
        k >= 3
        and tokens[k - 1].lower == "sayı"
        and tokens[k - 2].lower.startswith("uşaqlar")
        and tokens[k - 3].lower in _UNACCOMPANIED
    )


def _whole_of(figure: Figure) -> Figure:
    """The children ``figure`` counts, or the whole it is part of."""
    if figure.subgroup == "children":
        return figure
    while figure.parent is not None:
        figure = figure.parent
    return figure
