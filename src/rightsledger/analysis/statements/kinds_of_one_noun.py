"""Two kinds of one thing, the noun said once after the second: "2 mass and 7 individual
graves", «2 массовых и 7 одиночных захоронений», "2 kütləvi və 7 fərdi məzar".

A number with one unknown word after it (an adjective whose noun is left out), then "and" and
a count of graves or property whose noun has a word of its own before it, counts that noun
too: two graves as well as seven, not two persons nobody names. Persons need no such help
(a bare count is persons anyway), and a first count with a noun of its own keeps it.

The noun may as well be said once with the first kind and left out after the second, where
Russian's adjective of the second kind shows it (an adjective, not a participle that counts
persons: «три братские могилы и пять одиночных» — five graves too; «две могилы и четверо
погибших» — persons).
"""

from __future__ import annotations

from rightsledger.analysis.statements.lexicon import GRAVE
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import Token

_AND = frozenset({"and", "и", "və"})


def lend_nouns_to_kinds_before(tokens: list[Token], quantities: list[Quantity]) -> None:
    """Gives a count of one kind the thing's noun said after the count of the next kind."""
    starts = {q.first: q for q in quantities if not q.non_count}
    for quantity in quantities:
        if quantity.non_count or not _one_word_of_its_own(quantity):
            continue
        joined = quantity.end_token + 1
        if joined >= len(tokens) or tokens[joined].lower not in _AND:
            continue
        second = starts.get(joined + 1)
        if second is None or not _thing_with_a_kind(second):
            continue
        quantity.noun = second.noun
    ends = {q.end_token: q for q in quantities if not q.non_count}
    for quantity in quantities:
        if quantity.non_count or not _one_word_of_its_own(quantity):
            continue
        if tokens[quantity.np_first].pos != "ADJF":
            continue  # only an adjective stands for the noun left out, not «четверо погибших»
        joined = quantity.first - 1
        if joined < 1 or tokens[joined].lower not in _AND:
            continue
        first = ends.get(joined - 1)
        if first is not None and _thing_with_a_kind(first):
            quantity.noun = first.noun  # «три братские могилы и пять одиночных»


def _one_word_of_its_own(quantity: Quantity) -> bool:
    """Is the count followed by one word the lexicon does not know ("2 kütləvi", "2 mass")?"""
    return not quantity.noun and quantity.np_first == quantity.np_last == quantity.last + 1


def _thing_with_a_kind(quantity: Quantity) -> bool:
    """Is it a count of graves or property with a word before its noun ("7 fərdi məzar")?"""
    thing = quantity.noun == GRAVE or quantity.noun.startswith("property:")
    return thing and quantity.last + 1 == quantity.np_first < quantity.np_last
