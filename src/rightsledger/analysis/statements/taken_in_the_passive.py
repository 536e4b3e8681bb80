"""Persons "taken" in the passive with nothing after but when: "around fifty men were taken that
morning", "30 villagers had been taken.". Said so of persons, with no place they were taken to,
no "ill", "into custody" or "out and shot", "taken" says only that they were seized: captured.
The words after "taken" must end its clause or open a time ("that night", "on 4 May", "during
the raid"); "taken to hospital", "taken into custody", "taken ill", "taken out" and the rest
leave the count to the lexicon's own acts, or to none. English only."""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure, subgroup_of
from rightsledger.analysis.statements.figures.taking_back import unread, with_added
from rightsledger.analysis.statements.lexicon import PERSON, names_group
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import Token

# The auxiliaries of the passive before "taken": "were taken", "had been taken".
_PASSIVE = (("were", "taken"), ("was", "taken"), ("been", "taken"))
# What may end the clause right after "taken".
_CLAUSE_ENDS = frozenset({".", ",", ";", "!", "and"})
# Words that open a time after "taken": "that morning", "on 4 May", "during the raid".
_WHEN = frozenset(
    {"that", "this", "last", "on", "overnight", "yesterday", "today", "during", "early",
     "late", "at", "in", "before", "after", "when", "while", "between"}
)  # fmt: skip
# After "at" or "in", only a time, not a place or a state: "at dawn", "in the night".
_TIMES_AFTER_AT_OR_IN = frozenset(
    {"dawn", "night", "midnight", "noon", "daybreak", "once", "the"}
)  # fmt: skip
# "at the", "in the" must go on to a time: "in the night", "at the same time".
_TIMES_AFTER_THE = frozenset(
    {"night", "morning", "evening", "afternoon", "raid", "raids", "sweep", "attack", "same",
     "first", "early", "following", "weeks", "days", "months"}
)  # fmt: skip


def add_persons_taken_in_the_passive(
    tokens: list[Token], quantities: list[Quantity], figures: list[Figure], language: str
) -> list[Figure]:
    """``figures`` and a figure of the captured for each count of persons "were taken"."""
    if language != "en":
        return figures
    added = [
        Figure(quantity, "captured", subgroup=subgroup_of(quantity.noun), bound="clause")
        for quantity in unread(quantities, figures)
        if _persons(quantity) and _taken_and_no_more(tokens, quantity)
    ]
    return with_added(figures, added)


def _persons(quantity: Quantity) -> bool:
    if quantity.zero or quantity.most is None or quantity.non_count:
        return False
    return quantity.noun == PERSON or names_group(quantity.noun)


def _taken_and_no_more(tokens: list[Token], quantity: Quantity) -> bool:
    k = max(quantity.end_token, quantity.np_last) + 1
    if k + 1 >= len(tokens):
        return False
    if (tokens[k].lower, tokens[k + 1].lower) == ("had", "been"):
        k += 1
    if (tokens[k].lower, tokens[k + 1].lower) not in _PASSIVE:
        return False
    after = [t.lower for t in tokens[k + 2 : k + 5]]
    if not after or after[0] in _CLAUSE_ENDS:
        return True
    if after[0] not in _WHEN:
        return False
    if after[0] not in {"at", "in"}:
        return True
    if after[1:2] == ["the"]:
        return after[2:3] != [] and after[2] in _TIMES_AFTER_THE
    return after[1:2] != [] and after[1] in _TIMES_AFTER_AT_OR_IN
