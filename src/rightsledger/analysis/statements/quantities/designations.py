"""A number with a quoted letter after it names a thing, and counts nothing: a school class
(«ученица 7 «Б» класса», "7 “B” sinfinin şagirdi"), a house or block («дом 14 «А»»)."""

from __future__ import annotations

from rightsledger.analysis.statements.quantities.quantity import Quantity
from rightsledger.analysis.statements.tokens import Token

_OPENING = frozenset({"«", '"', "“", "„", "'"})
_CLOSING = frozenset({"»", '"', "”", "“", "'"})


def lettered(tokens: list[Token], quantity: Quantity) -> bool:
    """Is the number in digits followed by a single letter in quotes?"""
    k = quantity.last + 1
    if tokens[quantity.last].kind != "num" or k + 2 >= len(tokens):
        return False
    opening, letter, closing = tokens[k], tokens[k + 1], tokens[k + 2]
    return (
        opening.text in _OPENING
        and letter.kind == "word"
        and len(letter.text) == 1
        and letter.text.isalpha()
        and closing.text in _CLOSING
    )
