"""A place or a time between a figure and the colon or dash that opens its breakdown
("mortar fire killed 23 people across the Brisk valley on 4–6 June: 15 civilians and 8
soldiers") says where or when the figure's persons met their fate; the list after it still
spells the figure out."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from rightsledger.analysis.statements.tokens import Token

# Prepositions that open a place or a time, not a new clause. A Russian figure's place
# comes before its verb or is read past already («погибли 19 человек в Орлине: …»).
EN_OPENERS = frozenset(
    {"in", "at", "on", "near", "between", "since", "during", "from", "across", "around",
     "outside", "inside", "throughout", "over", "by", "along"}
)  # fmt: skip
_MOST_WORDS = 10
_BREAKDOWN_MARKS = frozenset({":", "—", "–"})
_CLOSED = frozenset({",", ";", ".", "(", ")", "!", "?", '"', "«", "»"})


def mark_past_an_adjunct(
    tokens: Sequence[Token], j: int, end: int, language: str, taken: Collection[int]
) -> int:
    """Where the colon or dash after a figure ending before ``j`` stands: ``j`` itself, or
    past one short adjunct opened by a preposition that holds no figure (``taken``, the
    first tokens of figures); ``j`` when there is none, for the caller to find no mark."""
    openers = EN_OPENERS if language == "en" else frozenset()
    if j >= end or j < 1:
        return j
    # The figure's own words may end on the preposition ("found 30 bodies near …").
    most = _MOST_WORDS
    if tokens[j].lower in openers:
        opened = j
    elif tokens[j - 1].lower in openers:
        opened = j - 1
    elif language == "en" and _describes_the_persons(tokens[j]):
        # "the release of 126 people who had been held in the conflict: 79 …", "126 people
        # held in the conflict: …": what the persons were, then the list of them.
        opened, most = j, _MOST_WORDS + 4
    else:
        return j
    for k in range(opened + 1, min(end, opened + most + 1)):
        text = tokens[k].text
        if text == ":" or (text in _BREAKDOWN_MARKS and tokens[k].space_before):
            return k  # "20–25 July" joins two days, it opens no list
        if text in _CLOSED or k in taken or tokens[k].newline_before:
            return j
    return j


def _describes_the_persons(token: Token) -> bool:
    """Does an English relative clause or a past participle open at ``token``?"""
    word = token.lower
    return word in {"who", "that"} or (word.endswith("ed") or word in {"held", "taken"})
