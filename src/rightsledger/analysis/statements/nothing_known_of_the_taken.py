"""English counts of persons taken of whom nothing is known: "there is still no information
on 4 people pushed into a van", "no news of the 6 men taken from the checkpoint", "no word
on the three students seized at the market". Saying that nothing is known of persons just
told of as taken says their fate is unknown, as "the whereabouts of … remain unknown" would:
by the rules for the taken whose fate is unknown, they disappeared. Not so for persons taken
with nothing said of what is known ("4 people pushed into a van" stays captured), nor for
"no information on" a count of others (the act must be taking)."""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.tokens import CLAUSE_STOPS, Token

# Nouns of what is known of persons, after "no": "no information", "no info", "no news".
_KNOWLEDGE = frozenset({"information", "info", "news", "word", "trace", "details"})
# Prepositions between the noun and the persons: "no news of", "no information on".
_ABOUT = frozenset({"on", "of", "about", "regarding", "concerning"})
_THE = frozenset({"the", "these", "those", "all"})
# How far back from the noun of knowledge its "no" may be ("no further information").
_NO_WORDS = 3


def unknown_fate_of_the_taken(tokens: list[Token], figures: list[Figure], language: str) -> None:
    """Makes a count of persons taken, after "no information on", disappeared."""
    if language != "en":
        return
    for figure in figures:
        if figure.category != "captured" or figure.parent is not None:
            continue
        if _nothing_known_before(tokens, figure.quantity.first):
            figure.category = "disappeared"
            for part in figures:
                if part.parent is figure and part.category == "captured":
                    part.category = "disappeared"


def _nothing_known_before(tokens: list[Token], first: int) -> bool:
    k = first - 1
    if k >= 0 and tokens[k].lower in _THE:
        k -= 1
    if k < 1 or tokens[k].lower not in _ABOUT or tokens[k - 1].lower not in _KNOWLEDGE:
        return False
    for j in range(k - 2, max(-1, k - 2 - _NO_WORDS), -1):
        if tokens[j].text in CLAUSE_STOPS:
            return False
        if tokens[j].lower == "no":
            return True
    return False
