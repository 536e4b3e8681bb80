"""English counts of the missing whose own words make them disappeared: missing since they
were taken ("41 persons whose whereabouts have remained unknown since their arrest", "9 men
missing since their abduction"), or held by those who deny holding them ("2 protesters whose
whereabouts have been unknown since the march; police deny holding them").

A deprivation of liberty, then silence on the fate or a refusal to acknowledge it, is what an
enforced disappearance is (``disappearances``). Missing since a storm, a march or a battle
("12 fishermen whose fate has been unknown since the storm") stays missing, and so does a
count a denial of custody is not said of ("police deny holding anyone" after no count).
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.tokens import FULL_STOPS, Token

# Nouns of a taking, after "since their": "since their arrest", "since his abduction".
_TAKINGS = frozenset(
    {"arrest", "arrests", "detention", "detentions", "abduction", "abductions", "capture",
     "seizure", "apprehension", "kidnapping", "kidnappings"}
)  # fmt: skip
_POSSESSIVES = frozenset({"their", "his", "her"})
# Verbs that deny custody and the verbs of holding denied: "police deny holding them",
# "the ministry denies having detained them", "authorities refuse to acknowledge holding".
_DENYING = frozenset({"deny", "denies", "denied", "denying"})
_HOLDING = frozenset({"holding", "detaining", "having", "arresting", "keeping"})
_THEM = frozenset({"them", "him", "her", "any", "anyone"})
# How far after the figure a taking or a denial may be said, within its sentence.
_REACH = 16


def missing_since_taken(tokens: list[Token], figure: Figure) -> bool:
    """Is the count of the missing said to be so "since their arrest" (a noun of a taking
    after "since" and a possessive) in its sentence after the figure?"""
    for k in _after(tokens, figure):
        if (
            tokens[k].lower == "since"
            and k + 2 < len(tokens)
            and tokens[k + 1].lower in _POSSESSIVES
            and tokens[k + 2].lower in _TAKINGS
        ):
            return True
    return False


def custody_denied(tokens: list[Token], figure: Figure) -> bool:
    """Do those who would hold the persons counted deny holding them in the figure's
    sentence ("police deny holding them", "the army denied detaining them")?"""
    for k in _after(tokens, figure):
        if tokens[k].lower not in _DENYING or k + 2 >= len(tokens):
            continue
        holding = tokens[k + 1].lower
        if holding == "having" and k + 3 < len(tokens):
            return tokens[k + 3].lower in _THEM  # "denies having detained them"
        if holding in _HOLDING and tokens[k + 2].lower in _THEM:
            return True
    return False


def _after(tokens: list[Token], figure: Figure) -> range:
    """The tokens after the figure to its sentence's end (at most ``_REACH``)."""
    first = figure.last + 1
    end = first
    while end < min(len(tokens), first + _REACH) and tokens[end].text not in FULL_STOPS:
        if end > first and tokens[end].newline_before:
            break
        end += 1
    return range(first, end)
