"""Counts in the answer to a question take the fate the question asked about.

Interviews and hearings ask and answer: «— Есть данные о погибших? — … 214 человек, из них 31
ребёнок», "— How many are still held? — At least 1,600 servicemen", "— Neçə nəfər həlak olub? —
Təxminən 40 nəfər". The answer's count has no verb of its own; the question has it. A count in
the first sentence of the line after a question, with no fate said of it in its own sentence
and no noun the lexicon does not know ("seven exchanges"), takes the persons' fate
named in the question (a verb, or a noun that says it: «погибших», "the dead"), as a
participle before a noun would give it ("12 abducted aid workers").
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures.core import resolve_category
from rightsledger.analysis.statements.lexicon import PERSON, UNKNOWN, Lexicon, names_group
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import Token, lines


def answer_questions(tokens: list[Token], quantities: list[Quantity], lex: Lexicon) -> None:
    """Gives counts in an answer the fate its question asked about."""
    spans = lines(tokens)
    for quantity in quantities:
        if quantity.attribute or quantity.non_count or quantity.counted == UNKNOWN:
            continue  # "seven exchanges": things the lexicon does not know are no persons
        line = next((k for k, (a, b) in enumerate(spans) if a <= quantity.first < b), -1)
        if line < 1:
            continue
        question = spans[line - 1]
        if tokens[question[1] - 1].text != "?":
            continue
        if any(t.text in ".!?;" for t in tokens[spans[line][0] : quantity.first]):
            continue  # the answer's first sentence answers; what follows says more
        fate = _fate_asked(tokens, question, lex)
        if not fate:
            continue
        quantity.attribute = fate
        if not quantity.noun and quantity.np_last < 0:
            # "Have any journalists been freed? — Three in October": the question's persons.
            quantity.noun = _persons_asked(tokens, question, lex)


def _fate_asked(tokens: list[Token], question: tuple[int, int], lex: Lexicon) -> str:
    """The question's verb, when it has one («Сколько военнопленных удалось вернуть?» asks
    about returns, not captivity); else a noun that names a fate («о погибших»)."""
    verbs = [lex.trigger_set.match(tokens, j) for j in range(*question)]
    verbs_said = [v.value for v in verbs if v is not None and v.value != "hold"]
    if verbs_said:
        fate = verbs_said[0]
        return fate if resolve_category(fate, PERSON) else ""
    for j in range(*question):
        noun = lex.noun_set.match(tokens, j)
        if noun is not None and noun.value.startswith("implied:"):
            return noun.value.split(":", 1)[1]
    return ""


def _persons_asked(tokens: list[Token], question: tuple[int, int], lex: Lexicon) -> str:
    for j in range(*question):
        noun = lex.noun_set.match(tokens, j)
        if noun is not None and (noun.value == PERSON or names_group(noun.value)):
            return noun.value
    return ""
