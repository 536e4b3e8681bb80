"""Where the persons counted came from: "7,832 inhabitants of 41 villages", "3,000 people
from 12 villages", «7 832 жителя 41 села».

A count of settlements right after the noun of counted persons, joined by "of"/"from" (in
Russian by the genitive alone, or «из»), says where those persons lived. It is no count of
its own — villages are counted when they are destroyed, not as the persons in them — and it
stands no longer between the persons and their verb ("… were deported"). Azerbaijani puts
the place first, in the genitive or ablative ("41 kəndin 7832 sakini"), where it stands
between nothing.
"""

from __future__ import annotations

from itertools import pairwise

from rightsledger.analysis.statements.lexicon import FAMILY, GRAVE, UNIT
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import Token

_SETTLEMENTS = "property:settlements"
_JOINS = {"en": ({"of"}, {"from"}), "ru": ((), {"из"})}


def mark_places_of_persons(tokens: list[Token], quantities: list[Quantity], language: str) -> None:
    """Marks each count of the settlements that counted persons came from as no count."""
    joins = _JOINS.get(language)
    if joins is None:
        return
    words = {w for group in joins for w in group}
    ordered = sorted(quantities, key=lambda q: q.first)
    for persons, places in pairwise(ordered):
        if places.non_count or persons.non_count or places.noun != _SETTLEMENTS:
            continue
        if persons.np_last < 0 or not _counts_persons(persons):
            continue
        between = [t.lower for t in tokens[persons.np_last + 1 : places.first]]
        adjacent = not between and language == "ru"
        if adjacent or (len(between) == 1 and between[0] in words):
            places.non_count = "place of persons"


def _counts_persons(quantity: Quantity) -> bool:
    noun = quantity.noun
    return noun not in {GRAVE, FAMILY, UNIT} and not noun.startswith("property:")
