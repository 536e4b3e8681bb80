"""English "a further N people" told of in the words of the figure before: "12,486 displaced
persons were registered … A further 2,300 people applied for registration".

"A further", "another", "an additional" count more persons of the kind just counted. When the
count's sentence names no act of ours and says what they did in a word of the sentence of the
last whole figure ("registered" … "registration"), they are more of that figure's persons: its
category, with no parent (they are not among those counted). A further count told in other
words ("A further 2,300 people attended the meeting") is no figure of ours.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.figures.taking_back import unread
from rightsledger.analysis.statements.lexicon import PERSON, Lexicon
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import Token, sentence_around, sentences

_FURTHER = (["a", "further"], ["another"], ["an", "additional"])
_STEM = 6  # "registered", "registration": one stem


def add_further_of_the_same(
    tokens: list[Token],
    quantities: list[Quantity],
    figures: list[Figure],
    lex: Lexicon,
    language: str,
) -> list[Figure]:
    """``figures`` and a figure for each "a further N people" said in the words of the
    sentence of the last whole figure before it."""
    if language != "en":
        return figures
    spans = list(sentences(tokens))
    added: list[Figure] = []
    for quantity in unread(quantities, figures):
        if quantity.noun != PERSON or quantity.most is None:
            continue
        if not _said_as_further(tokens, quantity):
            continue
        begin, end = sentence_around(spans, quantity.first)
        if any(lex.trigger_set.match_span(tokens, k) for k in range(begin, end)):
            continue  # "a further 20 were detained" not proven: an act of its own, dropped
        wholes = [
            f for f in figures
            if f.parent is None and f.category and f.quantity.end_token < quantity.first
        ]  # fmt: skip
        if not wholes:
            continue
        whole = max(wholes, key=lambda f: f.quantity.first)
        if _stems(tokens, spans, whole.quantity.first, lex) & _stems(
            tokens, spans, quantity.first, lex
        ):
            added.append(Figure(quantity, whole.category, bound="clause"))
    return [*figures, *added]


def _said_as_further(tokens: list[Token], quantity: Quantity) -> bool:
    before = [t.lower for t in tokens[max(0, quantity.first - 2) : quantity.first]]
    return any(before[-len(words) :] == words for words in _FURTHER)


def _stems(tokens: list[Token], spans: list[tuple[int, int]], k: int, lex: Lexicon) -> set[str]:
    """The stems of the long lower-case words of the sentence of token ``k``: what was done
    ("registered", "registration"). Names and months are left out (they say when and where),
    and so are the nouns of persons and groups: "A further 300 residents attended a vigil"
    after "Twelve residents were killed" shares who they are, not what befell them."""
    begin, end = sentence_around(spans, k)
    return {
        tokens[j].lower[:_STEM]
        for j in range(begin, end)
        if tokens[j].kind == "word"
        and len(tokens[j].text) > _STEM
        and tokens[j].text.islower()
        and lex.noun_set.match(tokens, j) is None
    }
