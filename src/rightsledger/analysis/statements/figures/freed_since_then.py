"""Persons counted as people and freed "since" (English): "Police held 300 people; 240 people
have since been released". The adverb "since" in the verb group means since the taking just
counted, so those freed are of the persons taken, whoever held them. Without it a count of
people freed may be others (an amnesty, an exchange, those traced alive), and is left alone;
"since" that opens a time ("freed since the exchanges began", "since May") is no such adverb.
Only the verb group is read: "since" after an auxiliary, between the count and its verb
("have since been freed", "were since let go")."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.core import Figure
from rightsledger.analysis.statements.tokens import Token

# Auxiliaries "since" follows in the verb group of a release ("have since been released").
_AUXILIARIES = frozenset({"have", "has", "had", "were", "was", "been"})


def freed_since_then(tokens: list[Token], figure: Figure, language: str) -> bool:
    """Is the figure's release told with the adverb "since" in its verb group?"""
    trigger = figure.trigger
    if language != "en" or figure.category != "released" or trigger is None:
        return False
    for k in range(figure.quantity.end_token + 1, trigger.first):
        if tokens[k].lower != "since":
            continue
        after = tokens[k + 1].lower if k + 1 < len(tokens) else ""
        if tokens[k - 1].lower in _AUXILIARIES and (after == "been" or k + 1 == trigger.first):
            return True
    return False
