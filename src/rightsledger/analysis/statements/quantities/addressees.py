"""Russian: a count in the dative right after a verb of telling counts those told, not
those who tell («рассказали 14 жителям о пытках», «сообщил пятерым родственникам о гибели
…»): the persons told are no figure of what the telling is about."""

from __future__ import annotations

from rightsledger.analysis.statements.morphology import russian_dative_plural
from rightsledger.analysis.statements.quantities.quantity import Quantity
from rightsledger.analysis.statements.tokens import Token

# Verbs of telling by their dictionary form (the Russian lexicon's ``reporting`` holds the
# verbs of saying a figure, with no one told: «по словам», «считать», «оценивать»).
_TELLING = frozenset({
    "рассказать", "рассказывать", "сообщить", "сообщать", "заявить", "заявлять", "сказать",
    "говорить", "пожаловаться", "жаловаться", "поведать", "объяснить", "объяснять",
    "признаться", "признаваться", "описать", "описывать",
})  # fmt: skip


# Words after the number that are not its noun («рассказали троим о пытках»).
_NO_CASE = frozenset({"PREP", "CONJ", "PRCL", ""})


def addressed(tokens: list[Token], quantity: Quantity, language: str) -> bool:
    """Does the count stand in the dative right after a verb of telling (adverbs may come
    between: «подробно рассказали 14 жителям»)? The word after the number, or the number
    word itself when a preposition follows («рассказали троим о …»), says the case."""
    if language != "ru" or quantity.qualifier != "exact":
        return False
    k = quantity.first - 1
    while k >= 0 and tokens[k].pos == "ADVB":
        k -= 1
    if k < 0 or tokens[k].key not in _TELLING:
        return False
    case_word = quantity.last + 1
    if case_word >= len(tokens) or tokens[case_word].pos in _NO_CASE:
        case_word = quantity.last
    return tokens[case_word].kind == "word" and russian_dative_plural(tokens[case_word].text)
