"""Years: the words before a number that make it a year ("in 1994", «в 2003 году»), and a year
a text names and then uses as an attribute ("in 2024 … four of the 2024 dead"), which counts
nothing though a noun follows it."""

from __future__ import annotations

from rightsledger.analysis.statements.quantities.quantity import Quantity
from rightsledger.analysis.statements.tokens import Token

YEAR_PREPOSITIONS = frozenset(
    {"in", "since", "by", "of", "until", "till", "before", "after", "from", "to", "during"}
    | {"в", "с", "до", "к", "по", "от", "после", "году", "года", "год", "г"}
)
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
