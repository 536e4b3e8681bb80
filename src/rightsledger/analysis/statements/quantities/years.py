"""Years: the words before a number that make it a year ("in 1994", «в 2003 году»), and a year
a text names and then uses as an attribute ("in 2024 … four of the 2024 dead"), which counts
nothing though a noun follows it."""

from __future__ import annotations

from rightsledger.analysis.statements.lexicon import Lexicon
from rightsledger.analysis.statements.quantities.quantity import Quantity
from rightsledger.analysis.statements.tokens import Token

YEAR_PREPOSITIONS = frozenset(
    {"in", "since", "by", "of", "until", "till", "before", "after", "from", "to", "during"}
    | {"в", "с", "до", "к", "по", "от", "после", "году", "года", "год", "г"}
)
# Auxiliaries and adverbs after a subject and before its act: a year is never the subject of
# "were found dead" («были найдены»), a count of persons is.
_BEFORE_THE_ACT = frozenset(
    {"were", "was", "are", "is", "have", "has", "had", "been", "later", "since", "then", "also",
     "subsequently", "были", "был", "была", "было", "позднее", "позже", "затем", "впоследствии",
     "также", "уже", "sonradan", "sonra", "artıq", "isə"}
)  # fmt: skip
_REACH = 3
# The determiners before a year used as an attribute: "the 2024 dead", "those 2024 arrests".
_DETERMINERS = frozenset({"the", "those", "these", "this", "that"})


def year_as_an_attribute(tokens: list[Token], quantity: Quantity) -> bool:
    """Is the number, after a determiner, one the text names as a year elsewhere ("in 2024")?"""
    first = quantity.first
    if first == 0 or tokens[first - 1].lower not in _DETERMINERS:
        return False
    text = tokens[first].text
    return any(
        k != first and t.text == text and k > 0 and tokens[k - 1].lower in YEAR_PREPOSITIONS
        for k, t in enumerate(tokens)
    )


def year_after_the(tokens: list[Token], j: int) -> bool:
    """Is "of the" at ``j`` followed by a number written as a year ("four of the 2024 dead")?"""
    if j < 0 or j + 3 >= len(tokens) or tokens[j].lower != "of" or tokens[j + 1].lower != "the":
        return False
    year = tokens[j + 2]
    return (
        year.kind == "num"
        and len(year.text) == 4
        and year.text.isdigit()
        and 1900 <= int(year.text) <= 2100
    )


# What follows a count of persons and never a year said as a date: a finite auxiliary ("1830
# were found", «1830 были найдены») or a marker of those it is part of ("1830 of whom", «1830
# из которых»: the lexicon's markers after a part).
_AUXILIARIES_AFTER_A_SUBJECT = frozenset({"were", "are", "have", "были"})


def subject_after(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Do the words at ``k`` follow a count, not a year ("1830 were", «1830 из которых»)?"""
    if k >= len(tokens):
        return False
    return (
        tokens[k].lower in _AUXILIARIES_AFTER_A_SUBJECT
        or lex.nest_after_set.match(tokens, k) is not None
    )


def counted_though_year_shaped(tokens: list[Token], quantity: Quantity, lex: Lexicon) -> bool:
    """Does a number written as a year count persons, as the subject of an act said after an
    auxiliary ("1830 were later found dead", «1830 были найдены мёртвыми») or the part a
    relative or partitive marker opens ("1830 of whom", «1830 из которых», «1830 из них»)?"""
    k = quantity.last + 1
    if k < len(tokens) and lex.nest_after_set.match(tokens, k) is not None:
        return True  # "1830 of whom", «1830 из которых»
    seen = 0
    while k < len(tokens) and tokens[k].lower in _BEFORE_THE_ACT and seen < _REACH:
        k += 1
        seen += 1
    return seen > 0 and k < len(tokens) and lex.trigger_set.match(tokens, k) is not None
