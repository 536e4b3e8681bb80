"""English "N were found alive and M dead": the verb is said once, for both counts, so the dead
were found dead, not killed in the statement's event. A count read as killed whose words are
"M dead" right after "alive and" (or "alive, and") takes the found dead, when "found" (or
"located", "traced") stands before "alive" in its clause. "Three were killed and 12 found
alive" says nothing of the kind, and "1,204 alive and 96 dead" with no verb of finding stays
as it is."""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.tokens import CLAUSE_STOPS, Token

_FINDING = frozenset({"found", "located", "traced", "recovered"})
# How far before "alive" the verb of finding may be: "were later found alive".
_VERB_WORDS = 4


def find_the_dead_found_with_the_living(
    tokens: list[Token], figures: list[Figure], language: str
) -> None:
    """Makes "M dead" after "found alive and" found dead."""
    if language != "en":
        return
    for figure in figures:
        quantity = figure.quantity
        if figure.category != "killed" or quantity.first < 2:
            continue
        after = quantity.end_token + 1
        if after >= len(tokens) or tokens[after].lower != "dead":
            continue
        k = quantity.first - 1
        if tokens[k].lower != "and":
            continue
        k -= 1 + (tokens[k - 1].text == ",")
        if tokens[k].lower != "alive":
            continue
        for j in range(k - 1, max(-1, k - 1 - _VERB_WORDS), -1):
            if tokens[j].text in CLAUSE_STOPS:
                break
            if tokens[j].lower in _FINDING:
                figure.category = "found_dead"
                break
