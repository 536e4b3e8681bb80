"""Numbers that are a fraction's terms, not counts: "two thirds of them", "three quarters of
the detainees", «две трети из них», «три четверти», «две пятых», "üçdə ikisi" (two in three),
"dörddə üçü". The share says what part of a whole the act befell, not how many; the draft
claim keeps no number for it."""

from __future__ import annotations

from rightsledger.analysis.statements.numerals import read_number
from rightsledger.analysis.statements.quantities.az_cases import az_locative
from rightsledger.analysis.statements.quantities.quantity import Quantity
from rightsledger.analysis.statements.tokens import Token

_EN_DENOMINATORS = frozenset(
    {"half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "sixth",
     "sixths", "eighth", "eighths", "tenth", "tenths"}
)  # fmt: skip
# «треть», «трети», «третей»; «четверть», «четверти», «четвертей»; ordinals in the genitive
# plural after a numerator above one («две пятых», «три десятых»).
_RU_DENOMINATOR_STEMS = ("трет", "четверт")
_RU_ORDINALS = frozenset(
    {"пятых", "шестых", "седьмых", "восьмых", "девятых", "десятых", "пятая", "десятая"}
)  # fmt: skip
# Azerbaijani writes the denominator first, in the locative ("üçdə", "dörddə", "onda"), and
# the numerator after it with a possessive ("biri", "ikisi", "üçü").


def fraction_term(tokens: list[Token], quantity: Quantity, language: str) -> bool:
    """Is the number a term of a fraction rather than a count?"""
    after = quantity.last + 1
    following = tokens[after] if after < len(tokens) else None
    if language == "en":
        return following is not None and following.lower in _EN_DENOMINATORS
    if language == "ru":
        return following is not None and (
            following.lower.startswith(_RU_DENOMINATOR_STEMS) or following.lower in _RU_ORDINALS
        )
    if language != "az" or tokens[quantity.first].kind != "word":
        return False
    if az_locative(tokens[quantity.last], language) and _number_word_at(tokens, after):
        return True  # "üçdə" before "ikisi"
    before = quantity.first - 1
    return before >= 0 and az_locative(tokens[before], language) and _number_word_at(tokens, before)


def _number_word_at(tokens: list[Token], i: int) -> bool:
    return (
        0 <= i < len(tokens)
        and tokens[i].kind == "word"
        and read_number(tokens, i, "az") is not None
    )
