"""English "a fourth", "another" standing alone for one more person: "Three civilians were
killed and a fourth was seriously injured", "Two men were detained; another was released".
The ordinal or "another" is the subject of its clause, and a fate (or the noun of a person)
follows it; it counts one. "A third of the detainees" is a fraction, "another 31 people" a
number of its own, "a second strike" a thing: none of these is read here."""

from __future__ import annotations

from rightsledger.analysis.statements.lexicon import PERSON, Lexicon, names_group
from rightsledger.analysis.statements.tokens import FULL_STOPS, Token

_ORDINALS = frozenset(
    {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
)
# What opens the clause whose subject the one more is.
_CLAUSE_OPENERS = frozenset({"and", ",", ";", "but", "while", "whereas", ":"})
# The verb of a singular subject, before the fate: "a fourth was wounded", "another has died".
_SINGULAR_VERBS = frozenset({"was", "is", "has", "had", "remains", "remained"})
# Adverbs between the subject and its verb: "a fourth later died", "another reportedly was".
_ADVERBS = frozenset({"later", "also", "subsequently", "reportedly", "still", "then"})


def one_more_in_turn(tokens: list[Token], i: int, lex: Lexicon) -> int | None:
    """The last token of "a fourth" or "another" at ``i`` when it counts one more person,
    the subject of a fate; else None."""
    if tokens[i].lower == "another":
        last = i
    elif tokens[i].lower in {"a", "an"} and i + 1 < len(tokens):
        if tokens[i + 1].lower not in _ORDINALS:
            return None
        last = i + 1
    else:
        return None
    if (
        i > 0
        and tokens[i - 1].lower not in _CLAUSE_OPENERS
        and tokens[i - 1].text not in FULL_STOPS
    ):
        return None
    k = last + 1
    if k >= len(tokens):
        return None
    phrase = lex.noun_set.match(tokens, k)
    if phrase is not None:
        return last if phrase.value == PERSON or names_group(phrase.value) else None
    while k < len(tokens) and tokens[k].lower in _ADVERBS:
        k += 1
    if k < len(tokens) and tokens[k].lower in _SINGULAR_VERBS:
        return last
    return last if lex.trigger_set.match(tokens, k) is not None else None
