"""«Среди погибших — водитель рейсового автобуса и три сотрудницы полиции»: Russian names a
single person with no numeral first in a list of parts, and no set counts such a person; the
counted items after it are parts all the same. So the first item of a list may be reached
past one person named in the singular, a few words that describe them, and the «и» or comma
that joins the next item. (A person named in the plural, «водители и три полицейских», is
left as it was: a group with no count.)"""

from __future__ import annotations

from rightsledger.analysis.statements.figures.core import Figure
from rightsledger.analysis.statements.figures.list_items import names_persons
from rightsledger.analysis.statements.lexicon import BODY, Lexicon
from rightsledger.analysis.statements.morphology import russian_one_person
from rightsledger.analysis.statements.tokens import Token

# How many words may describe the person after their noun («рейсового автобуса»).
_DESCRIBING = 3


def past_a_single_person(
    tokens: list[Token], k: int, end: int, lex: Lexicon, by_first: dict[int, Figure]
) -> int:
    """The first counted item past one person named in the singular at ``k``; else ``k``."""
    if k in by_first or k >= end:
        return k
    if not russian_one_person(tokens[k].text):
        return k
    phrase = lex.noun_set.match(tokens, k)
    if phrase is not None and (phrase.value == BODY or not names_persons(phrase.value)):
        return k
    j = k + (len(phrase.elements) if phrase is not None else 1)
    words = 0
    while j < end and words < _DESCRIBING and tokens[j].kind == "word" and j not in by_first:
        if tokens[j].lower in lex.conjunctions:
            break
        j, words = j + 1, words + 1
    if j + 1 < end and (tokens[j].lower in lex.conjunctions or tokens[j].text == ","):
        return j + 1 if j + 1 in by_first else k
    return k


# English names one person first by what they are and their name: "among them the lawyer Dara
# Voss and two student leaders". How many words may say what they are ("the human rights
# lawyer"), and how many their name.
_EN_WHAT_THEY_ARE = 3
_EN_NAME_WORDS = 3
_EN_JOINS = frozenset({"and", ","})


def en_past_a_person_named(
    tokens: list[Token], k: int, end: int, by_first: dict[int, Figure]
) -> int:
    """English: the first counted item past "the <what they are> <Name>" and "and" or a comma
    at ``k``; else ``k``. Only a name written with capitals makes it one person."""
    if k in by_first or k >= end:
        return k
    if tokens[k].lower == "the":
        j = k + 1
    elif k > 0 and tokens[k - 1].lower == "the":
        j = k  # the article passed over already as a word of no count
    else:
        return k
    words = 0
    while j < end and words < _EN_WHAT_THEY_ARE and _lower_word(tokens[j]) and j not in by_first:
        j, words = j + 1, words + 1
    names = 0
    while j < end and names < _EN_NAME_WORDS and _name_word(tokens[j]):
        j, names = j + 1, names + 1
    if not words or not names or j + 1 >= end or tokens[j].lower not in _EN_JOINS:
        return k
    return j + 1 if j + 1 in by_first else k


def _lower_word(token: Token) -> bool:
    return token.kind == "word" and token.text.islower()


def _name_word(token: Token) -> bool:
    return token.kind == "word" and token.text[:1].isupper() and token.text[1:].islower()
