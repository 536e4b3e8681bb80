"""Numbers that give how many live in a place: "a city of 200,000", "a town of some 40,000
people". A place named by its kind and then "of" with a number is sized by it; the number
counts its inhabitants, none of whom the statement says anything befell. So does a gathering
sized the same way ("the rally of some 3,000 people", "a crowd of 2,000"): the number counts
who came, not whom the police beat or took from it."""

from __future__ import annotations

from rightsledger.analysis.statements.places import names_a_kind_of_place
from rightsledger.analysis.statements.quantities.quantity import Quantity
from rightsledger.analysis.statements.tokens import Token

# The article before the place: "a town of 8,000", "the city of 200,000"; a name there
# ("Izium, a city of 46,000") needs none of its own.
_ARTICLES_EN = frozenset({"a", "an", "the"})
# Words that hedge a size between "of" and its number: "a city of some 200,000".
_HEDGES_EN = frozenset({"some", "about", "around", "nearly", "almost", "roughly", "over"})
# Gatherings sized by "of" and a number, as places are.
_GATHERINGS_EN = frozenset(
    {"rally", "crowd", "protest", "demonstration", "march", "gathering", "procession", "vigil"}
)


# Russian names the population by its noun, in the instrumental, before the number: «в селе с
# населением 1 200 человек», «город с населением около 40 тысяч»; English "a population of".
_POPULATION = frozenset({"населением"})
# Words that hedge the number after the noun: «с населением около 40 тысяч».
_HEDGES_RU = frozenset({"около", "примерно", "более", "свыше", "почти", "порядка"})
_HEDGES = _HEDGES_EN | _HEDGES_RU


# Azerbaijani sizes a place by a relative clause before it, "64 min nəfər əhalisi olan şəhər"
# (a town whose population is 64,000), or by an adjective, "3 min əhalili kənd". "Kəndin 400
# nəfər əhalisi kəndi tərk edib" (its 400 inhabitants left) counts persons, with no "olan".
_AZ_POPULATION_HAVING = frozenset({"olan", "olmuş"})
_AZ_POPULATED = "əhalili"


def sizes_a_place_or_crowd(tokens: list[Token], quantity: Quantity, language: str) -> bool:
    """Is the count at ``quantity`` the population of a place, or (in English) the size of a
    gathering, just named?"""
    if _after_the_word_population(tokens, quantity):
        return True
    if language == "az":
        # Right after the number, or after its counter ("64 min nəfər əhalisi olan").
        after = [t.lower for t in tokens[quantity.last + 1 : quantity.last + 4]]
        for k, word in enumerate(after):
            if word == _AZ_POPULATED:
                return True
            if word == "əhalisi":
                return k + 1 < len(after) and after[k + 1] in _AZ_POPULATION_HAVING
        return False
    if language != "en":
        return False
    k = quantity.first - 1
    if k >= 0 and tokens[k].lower in _HEDGES_EN:
        k -= 1
    if k < 2 or tokens[k].lower != "of":
        return False
    kind = k - 1
    if tokens[kind - 1].lower not in _ARTICLES_EN and (
        kind < 2 or tokens[kind - 2].lower not in _ARTICLES_EN
    ):
        return False  # "a city of", "a small town of"
    return (
        names_a_kind_of_place(tokens[kind].lower, language)
        or tokens[kind].lower in {"country", "nation", "island", "community"}
        or tokens[kind].lower in _GATHERINGS_EN
    )


def _after_the_word_population(tokens: list[Token], quantity: Quantity) -> bool:
    """«с населением 1 200 человек», "a population of 1,200": the number the word for a
    population names (a hedge, and English "of", may stand between)."""
    if quantity.zero:
        return False  # «потерь среди мирного населения нет»: a none said of them
    k = quantity.first - 1
    if k >= 0 and tokens[k].lower in _HEDGES:
        k -= 1
    if k >= 0 and tokens[k].lower == "of":
        # "a population of 1,200" sizes a place; "the displaced population of 40,000" counts
        # persons something befell.
        return k >= 2 and tokens[k - 1].lower == "population" and tokens[k - 2].lower == "a"
    return k >= 0 and tokens[k].lower in _POPULATION
