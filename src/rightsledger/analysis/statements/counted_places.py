"""Where the persons counted came from: "7,832 inhabitants of 41 villages", "3,000 people
from 12 villages", «7 832 жителя 41 села».

A count of settlements right after the noun of counted persons, joined by "of"/"from" (in
Russian by the genitive alone, or «из»), says where those persons lived. It is no count of
its own — villages are counted when they are destroyed, not as the persons in them — and it
stands no longer between the persons and their verb ("… were deported"). Azerbaijani puts
the place first, in the genitive or ablative ("41 kəndin 7832 sakini"), where it stands
between nothing.

Where it happened is no count either: "in 14 villages, 200 homes were destroyed", «в 14
сёлах», "detained at 4 police stations". A count of places or things after a preposition of
place (in Russian, in the locative) is not what the verb befell; Azerbaijani marks the place
with its locative ending ("14 kənddə"), read elsewhere. Families ("in 36 families no one
survived"), cases ("in 41 cases"), graves and sites ("exhumed in 47 places") stay counts.
"""

from __future__ import annotations

from itertools import pairwise

from rightsledger.analysis.statements.figures.core import _CASE_WORDS
from rightsledger.analysis.statements.lexicon import FAMILY, GRAVE, UNIT, UNKNOWN, Lexicon
from rightsledger.analysis.statements.morphology import russian_locative
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import Token

_SETTLEMENTS = "property:settlements"
_JOINS = {"en": ({"of"}, {"from"}), "ru": ((), {"из"})}
_AT = {"en": frozenset({"in", "at"}), "ru": frozenset({"в", "во", "на"})}
_DEFINITE_EN = frozenset({"the", "these", "those"})
# Where persons live outside a village, counted as their home like one: "the four farms".
_HOMESTEADS = frozenset({"farms", "hamlets", "farmsteads"})
_CLAUSE_ENDS = frozenset({".", ",", ";", ":", "!", "?", "—", "–"})


def mark_places_of_persons(tokens: list[Token], quantities: list[Quantity], language: str) -> None:
    """Marks each count of the settlements that counted persons came from as no count."""
    joins = _JOINS.get(language)
    if joins is None:
        return
    words = {w for group in joins for w in group}
    ordered = sorted(quantities, key=lambda q: q.first)
    for persons, places in pairwise(ordered):
        if places.non_count or persons.non_count or not _settlements(tokens, places):
            continue
        if persons.np_last < 0 or not _counts_persons(persons):
            continue
        between = tokens[persons.np_last + 1 : places.first]
        adjacent = not between and language == "ru"
        one_join = len(between) == 1 and between[0].lower in words
        if adjacent or one_join or (language == "en" and _joined_as_their_home(between, words)):
            places.non_count = "place of persons"
    if language == "ru":
        _mark_places_left_before_persons(tokens, ordered)


def _mark_places_left_before_persons(tokens: list[Token], ordered: list[Quantity]) -> None:
    """«выселили из трёх деревень от 2 до 4 тысяч человек»: settlements counted after «из»,
    with a count of persons next in the clause, are where those persons were taken or driven
    from, no count of their own (the verb's object is the persons). «Из 12 сёл 5 разрушены»,
    a count of settlements next, stays a whole and its part."""
    for places, persons in pairwise(ordered):
        if places.non_count or persons.non_count or places.noun != _SETTLEMENTS:
            continue
        if places.first == 0 or tokens[places.first - 1].lower != "из":
            continue
        if not persons.noun or not _counts_persons(persons):
            continue
        end = places.np_last if places.np_last >= 0 else places.last
        if any(t.text in _CLAUSE_ENDS for t in tokens[end + 1 : persons.first]):
            continue
        places.non_count = "place of persons"


def _settlements(tokens: list[Token], quantity: Quantity) -> bool:
    """Does the count count settlements, or the farms and hamlets persons live on?"""
    if quantity.noun == _SETTLEMENTS:
        return True
    last = quantity.np_last if quantity.np_last >= 0 else quantity.last
    return tokens[last].lower in _HOMESTEADS


def _joined_as_their_home(between: list[Token], joins: set[str]) -> bool:
    """Do the words between the persons and the settlements say the persons lived there:
    "of", "from", with the article ("the 318 people of the four villages"), or after a named
    place ("the people of Hollin and the four farms")?"""
    if not between or between[0].lower not in joins:
        return False
    rest = between[1:]
    named = 0
    while named < len(rest) and rest[named].capitalised and rest[named].lower != "and":
        named += 1  # the name's words, in capitals too ("OF HOLLIN AND THE FOUR FARMS")
    if named and named < len(rest) and rest[named].lower == "and":
        rest = rest[named + 1 :]
    return rest == [] or (len(rest) == 1 and rest[0].lower in _DEFINITE_EN)


def _counts_persons(quantity: Quantity) -> bool:
    noun = quantity.noun
    return noun not in {GRAVE, FAMILY, UNIT} and not noun.startswith("property:")


def mark_places_of_events(
    tokens: list[Token], quantities: list[Quantity], lex: Lexicon, language: str
) -> None:
    """Marks each count of the places where something happened as no count."""
    prepositions = _AT.get(language)
    if prepositions is None:
        return
    for quantity in quantities:
        if quantity.non_count or quantity.first == 0 or quantity.np_last < 0:
            continue
        k = quantity.first - 1
        if language == "en" and k > 0 and tokens[k].lower in _DEFINITE_EN:
            k -= 1  # "at the 31 military bases listed in Annex 7"
        if tokens[k].lower not in prepositions:
            continue
        if _counts_places(tokens, quantity, lex, language):
            quantity.non_count = "place of events"


def _counts_places(tokens: list[Token], quantity: Quantity, lex: Lexicon, language: str) -> bool:
    noun = quantity.noun
    if not (noun.startswith("property:") or quantity.counted == UNKNOWN):
        return False
    phrase = tokens[quantity.np_first : quantity.np_last + 1]
    cases = _CASE_WORDS[language]
    if any(t.lower.startswith(cases) or t.key.startswith(cases) for t in phrase):
        return False
    if any(
        lex.trigger_set.match(tokens, k) for k in range(quantity.np_first, quantity.np_last + 1)
    ):
        return False  # "resulted in 12 deaths": the act itself, counted
    # «на 500 мест» is for, not at; the place is in the locative. Its head is the first
    # noun of the phrase («в 9 пунктах временного размещения»), else the last word.
    head = next((t for t in phrase if t.pos == "NOUN"), phrase[-1])
    return language != "ru" or russian_locative(head.text)
