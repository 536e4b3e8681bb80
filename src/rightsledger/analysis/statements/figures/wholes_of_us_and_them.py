"""English "of us" and "of them" that name no figure counted before.

A witness who says "there were about forty of us" after "six people were killed on our street"
counts the living: a headcount of "us", said by a speaker who is alive, is no part of the dead. And "they
came, maybe twenty of them, in black uniforms" counts the "they" of its own clause, those who
came: a count set off after a clause whose subject is "they", with no verb of its own, is the
size of that subject, not a part of the persons counted in an earlier sentence."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.core import Figure
from rightsledger.analysis.statements.tokens import FULL_STOPS, Token

# The figures of the dead, of which a living speaker is no part.
_OF_THE_DEAD = frozenset({"killed", "found_dead"})
# "There were", "there was", with "only" or "just" between it and the count.
_THERE_WERE = frozenset({"were", "was"})
# What ends the clause of the subject before a count set off ("…, and", "…; they came,").
_CLAUSE_OPENERS = frozenset({";", ":", "—", "–", "and", "but", "then", "when"})


def _marker_words(tokens: list[Token], marker: tuple[int, int]) -> list[str]:
    return [t.lower for t in tokens[marker[0] : marker[1] + 1]]


def us_among_the_dead(
    tokens: list[Token], marker: tuple[int, int], part: Figure, whole: Figure
) -> bool:
    """Is the part a witness's headcount of "us" ("There were about forty of us", "there
    were only thirty of us left") and the whole a figure of the dead? Then the whole is not
    its: the speaker counts the living. ("They killed 14 people, six of us among them" is a
    part of the dead: "us" is the speaker's village, and no copula counts it.)"""
    if _marker_words(tokens, marker) != ["of", "us"] or whole.category not in _OF_THE_DEAD:
        return False
    first = part.quantity.first
    before = [t.lower for t in tokens[max(0, first - 3) : first]]
    return bool(set(before) & _THERE_WERE) and "there" in before


def them_the_subject_before(
    tokens: list[Token], marker: tuple[int, int], part: Figure, begin: int
) -> bool:
    """Is the part "N of them" set off between commas (or ending its sentence) right after a
    clause whose subject is "they" and that counts no one ("they came, maybe twenty of them,
    in black uniforms")? "Them" is that subject. Not "they took the men, eight of them"
    (``_them_of_a_group_before``) nor "They were taken; twelve of them were released", where
    the count has a verb of its own."""
    if _marker_words(tokens, marker) != ["of", "them"]:
        return False
    if marker[0] != part.quantity.end_token + 1:
        return False
    after = tokens[marker[1] + 1] if marker[1] + 1 < len(tokens) else None
    if after is not None and after.text != "," and after.text not in FULL_STOPS:
        return False  # "twenty of them were taken": a predicate of its own
    comma = part.quantity.first - 1
    if comma <= begin or tokens[comma].text != ",":
        return False
    k = comma - 1
    while k >= begin and tokens[k].lower not in _CLAUSE_OPENERS:
        if tokens[k].kind == "num":
            return False
        k -= 1
    words = [t.lower for t in tokens[k + 1 : comma]]
    # "they" opens the clause, after at most a few words of time ("Two days later they
    # came"), and only a verb and an adverb follow it: no object that "them" could be.
    if "they" not in words:
        return False
    subject = words.index("they")
    return subject <= 3 and len(words) - 1 - subject <= 2
