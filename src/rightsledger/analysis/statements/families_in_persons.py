"""Families counted again in persons, in an aside right after them: "1,120 families — about
4,800 people — have fled", «бежали 1 120 семей (около 4 800 человек)», "1 120 ailə (təxminən 4
800 nəfər) didərgin düşüb".

The persons are the families' members, the same people counted one by one: what befell the
families befell them, and they are no part of the families (a part is fewer than its whole;
these are more, in another unit). So the count in the aside is a figure of the families'
fate, of everyone, beside the families' figure and under the same whole, whether the
sentence's grammar left it unread (a parenthesis) or took it for a part (a dash). A count
after the families that is fewer than they are ("120 families, 30 of them with children")
is left as it was read.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.figures.core import subgroup_of
from rightsledger.analysis.statements.figures.taking_back import unread, with_added
from rightsledger.analysis.statements.lexicon import FAMILY, PERSON, names_group
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import DASHES, FULL_STOPS, Token

# What opens the aside right after the families' count: a parenthesis, a dash, a comma.
_OPENERS = frozenset({"(", ",", *DASHES})
# Words that may follow the opener before the persons' count: "or", «или», «то есть», "yəni".
_SAYING_AGAIN = frozenset({"or", "или", "то", "есть", "yəni", "that", "is"})


def count_families_in_persons(
    tokens: list[Token], quantities: list[Quantity], figures: list[Figure]
) -> list[Figure]:
    """``figures``, each count of persons set right after a count of families made a figure
    of the families' fate and whole, of everyone."""
    by_start = {q.first: q for q in quantities}
    unfigured = {id(q) for q in unread(quantities, figures)}
    of_quantity = {id(f.quantity): f for f in figures}
    added: list[Figure] = []
    for families in figures:
        if families.quantity.noun != FAMILY or not families.category:
            continue
        persons = _persons_after(tokens, families.quantity, by_start)
        if persons is None:
            continue
        figure = of_quantity.get(id(persons))
        if id(persons) in unfigured:
            figure = Figure(persons, families.category, parent=families.parent, bound="clause")
            added.append(figure)
            unfigured.discard(id(persons))
        elif figure is not None and figure.parent is families:
            figure.category = families.category
            figure.subgroup = "all"
            figure.parent = families.parent
        else:
            continue
        _give_persons_their_parts(figures, families, figure)
        for part in _groups_in_the_aside(tokens, persons, by_start, unfigured):
            added.append(Figure(part, families.category, subgroup_of(part.noun), parent=figure))
            unfigured.discard(id(part))
    return with_added(figures, added)


def _groups_in_the_aside(
    tokens: list[Token], persons: Quantity, by_start: dict[int, Quantity], unfigured: set[int]
) -> list[Quantity]:
    """The counts of a group («90 детей») after the persons inside a parenthesis or between
    dashes that opens with them, which the sentence's grammar left unread: parts of them."""
    k = persons.first - 1
    while k > 0 and tokens[k].text not in _OPENERS:
        k -= 1  # past «то есть», "or", to the aside's opening mark
    opener = tokens[k].text
    if opener != "(" and opener not in DASHES:
        return []
    closers = {")"} if opener == "(" else set(DASHES)
    parts: list[Quantity] = []
    j = persons.end_token + 1
    while j < len(tokens) and tokens[j].text not in closers and tokens[j].text not in FULL_STOPS:
        part = by_start.get(j)
        if part is not None and id(part) in unfigured and names_group(part.noun):
            parts.append(part)
        j += 1
    return parts


def _give_persons_their_parts(figures: list[Figure], families: Figure, persons: Figure) -> None:
    """The families' parts told after the persons' count that count persons ("…, including
    1,900 children", «в том числе 19 детей») are parts of the persons; parts that are
    families ("30 of them with small children") stay the families'."""
    for part in figures:
        if (
            part.parent is families
            and part.quantity.first > persons.quantity.first
            and part.quantity.noun != FAMILY
        ):
            part.parent = persons


def _persons_after(
    tokens: list[Token], families: Quantity, by_start: dict[int, Quantity]
) -> Quantity | None:
    """The count of persons that an aside right after ``families`` opens with, when it
    counts more than the families do; else None."""
    k = families.end_token + 1
    if k >= len(tokens) or tokens[k].text not in _OPENERS:
        return None
    k += 1
    while k < len(tokens) and tokens[k].lower in _SAYING_AGAIN:
        k += 1
    persons = by_start.get(k)
    if persons is None or persons.noun != PERSON or persons.non_count:
        return None
    fewest = persons.count if persons.count is not None else persons.low
    if fewest is None or families.most is None or fewest <= families.most:
        return None
    return persons
