"""Numbers that are a fraction's terms, not counts: "two thirds of them", "three quarters of
the detainees", «две трети из них», «три четверти», «две пятых», "üçdə ikisi" (two in three),
"dörddə üçü"; and proportions, "one in five", "3 in 10", "hər beş nəfərdən biri" (one of every
five). The share says what part of a whole the act befell, not how many; the draft claim keeps
no number for it."""

from __future__ import annotations

from rightsledger.analysis.statements.lexicon import PERSON, lexicon, names_group
from rightsledger.analysis.statements.numerals import NumberRun, read_number
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
    if _slashed_fraction(tokens, quantity.first, language):
        return True
    after = quantity.last + 1
    following = tokens[after] if after < len(tokens) else None
    if language == "en":
        if _en_proportion(tokens, quantity):
            return True
        return following is not None and following.lower in _EN_DENOMINATORS
    if language == "ru":
        return following is not None and (
            following.lower.startswith(_RU_DENOMINATOR_STEMS) or following.lower in _RU_ORDINALS
        )
    if language == "az" and _az_proportion(tokens, quantity):
        return True
    if language != "az" or tokens[quantity.first].kind != "word":
        return False
    if az_locative(tokens[quantity.last], language) and _number_word_at(tokens, after):
        return True  # "üçdə" before "ikisi"
    before = quantity.first - 1
    return before >= 0 and az_locative(tokens[before], language) and _number_word_at(tokens, before)


# What follows an Azerbaijani fraction written with a slash: the possessive of its part
# ("2/3-si", two thirds of them). (English "2/3 of the 90 detainees" is left to the reading
# of its numbers, which binds the act to the share and not to the 90.)
_AZ_POSSESSIVES = frozenset({"i", "ı", "u", "ü", "si", "sı", "su", "sü"})
_LARGEST_DENOMINATOR = 10


def _slashed_fraction(tokens: list[Token], k: int, language: str) -> bool:
    """Is the number at ``k`` a term of an Azerbaijani fraction written with a slash, a
    smaller number over a larger one of ten at most, then a possessive ("ölənlərin 2/3-si")?
    Not counts paired by slashes ("həlak olub/yaralanıb: 2/7")."""
    if language != "az":
        return False
    if k >= 2 and tokens[k - 1].text == "/" and not tokens[k - 1].space_before:
        numerator = k - 2
    elif k + 2 < len(tokens) and tokens[k + 1].text == "/" and not tokens[k + 2].space_before:
        numerator = k
    else:
        return False
    over, under = tokens[numerator], tokens[numerator + 2]
    if over.kind != "num" or under.kind != "num" or over.value is None or under.value is None:
        return False
    if not 0 < over.value < under.value <= _LARGEST_DENOMINATOR:
        return False
    after = numerator + 3
    return (
        after + 1 < len(tokens)
        and tokens[after].text == "-"
        and tokens[after + 1].lower in _AZ_POSSESSIVES
    )


def _number_word_at(tokens: list[Token], i: int) -> bool:
    return (
        0 <= i < len(tokens)
        and tokens[i].kind == "word"
        and read_number(tokens, i, "az") is not None
    )


def _value_at(tokens: list[Token], i: int, language: str) -> float | None:
    if not 0 <= i < len(tokens):
        return None
    run = read_number(tokens, i, language)
    return run.value if run is not None else None


# What may follow the whole of a proportion: "of" the persons, or the verb ("one in five were").
_AFTER_THE_WHOLE_EN = frozenset({"of", "was", "were", "is", "are", "had", "have", "has"})


def _en_proportion(tokens: list[Token], quantity: Quantity) -> bool:
    """ "one in five", "3 in 10 detainees": a smaller number in a larger one of persons;
    either term is no count ("killed 12 in 3 raids", "61 in 2022", "5 in 10 days" are)."""
    value = quantity.count
    if value is None:
        return False
    after = quantity.last + 1
    if after < len(tokens) and tokens[after].lower == "in":
        whole = read_number(tokens, after + 1, "en") if after + 1 < len(tokens) else None
        if whole is not None and value < whole.value and _whole_of_persons(tokens, whole):
            return True
    before = quantity.first - 1
    if before < 1 or tokens[before].lower != "in":
        return False
    start = before - 1
    while start > 0 and tokens[start].kind == "word" and tokens[start - 1].text == "-":
        start -= 2  # "twenty-one in 100"
    part = _value_at(tokens, start, "en")
    whole = read_number(tokens, quantity.first, "en")
    return (
        part is not None and whole is not None and part < value and _whole_of_persons(tokens, whole)
    )


def _whole_of_persons(tokens: list[Token], whole: NumberRun) -> bool:
    if whole.value > 1000:
        return False  # "in 2022": a year
    k = whole.last + 1
    if k >= len(tokens) or tokens[k].lower in _AFTER_THE_WHOLE_EN:
        return True
    phrase = lexicon("en").noun_set.match(tokens, k)
    if phrase is None:
        return False
    # Persons, a group of them, or those an act implies ("3 in 10 detainees").
    return (
        phrase.value == PERSON or names_group(phrase.value) or phrase.value.startswith("implied:")
    )


# "biri", "ikisi", "üçü": a numeral with the possessive, the part of each group.
_AZ_EACH = "hər"


def _az_proportion(tokens: list[Token], quantity: Quantity) -> bool:
    """ "hər beş nəfərdən biri", "hər beşindən biri", "hər 10 uşaqdan üçü": of every five,
    one. The number after "hər" (every) and the numeral after its ablative are no counts
    ("hər iki jurnalist", both journalists, is one: no numeral follows). The share is
    smaller than its every-so-many: "hər iki tərəfdən 30 hərbçi" (30 soldiers from both
    sides) is a count."""
    first = quantity.first
    count = quantity.count
    if first > 0 and tokens[first - 1].lower == _AZ_EACH:
        return any(
            _is_ablative(tokens[k]) and _smaller(_value_at(tokens, k + 1, "az"), count)
            for k in range(quantity.last, min(len(tokens) - 1, quantity.last + 2))
        )
    if first == 0 or not _is_ablative(tokens[first - 1]):
        return False
    # "hər kənddən 5 nəfər" (five from each village) counts persons of a place, not a share.
    return any(
        tokens[k].lower == _AZ_EACH and _smaller(count, _value_at(tokens, k + 1, "az"))
        for k in range(max(0, first - 4), first - 1)
    )


def _smaller(share: float | None, every: float | None) -> bool:
    return share is not None and every is not None and share < every


def _is_ablative(token: Token) -> bool:
    return token.lower.endswith(("dən", "dan", "tən", "tan"))
