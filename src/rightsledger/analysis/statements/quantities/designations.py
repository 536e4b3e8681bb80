"""A number with a quoted letter after it names a thing, and counts nothing: a school class
(«ученица 7 «Б» класса», "7 “B” sinfinin şagirdi"), a house or block («дом 14 «А»»). So
does a bare number joined to one a reference word names ("blocks 2 and 9"), and a telephone
number written in groups joined by hyphens ("8 800 321-65-87", "(050) 417-22-90"), with the
prefix before its area code ("8 (800) 300-12-12")."""

from __future__ import annotations

import re

from rightsledger.analysis.statements.quantities.quantity import Quantity
from rightsledger.analysis.statements.tokens import QUOTES_CLOSING, QUOTES_OPENING, Token

# A letter may be set in single quotes too ("7 'B'").
_OPENING = QUOTES_OPENING | {"'"}
_CLOSING = QUOTES_CLOSING | {"'"}
# What joins the numbers of one list of references: "blocks 2 and 9", «камеры 3 и 5».
_JOINING = frozenset({"and", "or", ",", "и", "или", "və"})
# A section number with its chapter's before it: "3.3", "4.2.1".
_SECTION_NUMBER = re.compile(r"^\d+(?:\.\d+)+$")


def numbers_a_section(tokens: list[Token], i: int) -> bool:
    """ "3.3 Of the 1,204, …": a section numbered by its chapter, then its own number,
    opening a line before a capitalised word, is a heading, no decimal count."""
    if not _SECTION_NUMBER.match(tokens[i].text) or (i > 0 and not tokens[i].newline_before):
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return after is not None and after.space_before and after.kind == "word" and after.capitalised


def names_a_thing(tokens: list[Token], quantity: Quantity) -> bool:
    """Does the number name a class, a house or a telephone line rather than count?"""
    return (
        lettered(tokens, quantity)
        or _telephone(tokens, quantity)
        or _dialled_in_spaced_groups(tokens, quantity)
        or _after_a_capital(tokens, quantity)
        or _after_a_named_place(tokens, quantity)
        or _hyphened_to_a_name(tokens, quantity)
    )


# Places of custody and of shelter, which English names by a number ("Facility 4", "Camp 22",
# "Colony 7") and by what is done there ("a holding centre", "the holding cells").
PLACES_OF_CUSTODY = frozenset(
    {
        *("facility", "colony", "camp", "station", "centre", "center", "zone", "sector"),
        *("building", "wing", "hall", "base", "compound", "barrack", "depot", "warehouse"),
        *("shelter", "cell"),
    }
)


def _after_a_named_place(tokens: list[Token], quantity: Quantity) -> bool:
    """ "at least 7 detainees died in Facility 4 between June and December": a number after
    a capitalised noun of a place, with no noun of its own, is part of the place's name. Written
    in lower case the noun may stand before a count ("in the camp 40 people died")."""
    first = quantity.first
    if first == 0 or tokens[first].kind != "num" or quantity.noun:
        return False
    previous = tokens[first - 1]
    return previous.capitalised and previous.lower in PLACES_OF_CUSTODY


def _hyphened_to_a_name(tokens: list[Token], quantity: Quantity) -> bool:
    """Digits joined by a hyphen, with no space, to a capitalised word are that thing's
    number: a colony or a remand prison («пытки в ИК-9», «в СИЗО-2»), a road ("R-15"), an
    operation («Восток-3»). A count after a dash stands apart from the word before."""
    first = quantity.first
    if first < 2 or tokens[first].kind != "num" or tokens[first].space_before:
        return False
    hyphen, name = tokens[first - 1], tokens[first - 2]
    return hyphen.text == "-" and not hyphen.space_before and name.capitalised


def _after_a_capital(tokens: list[Token], quantity: Quantity) -> bool:
    """Digits written on to one capital letter name a period or a thing ("Q1", "H2", "Site
    B3", "cell C4"), as "Site A" does: a code, no count."""
    first = quantity.first
    if first == 0 or tokens[first].kind != "num" or tokens[first].space_before:
        return False
    previous = tokens[first - 1]
    return previous.kind == "word" and len(previous.text) == 1 and previous.text.isupper()


def _telephone(tokens: list[Token], quantity: Quantity) -> bool:
    """Is the number in digits one of three or more groups of digits joined by hyphens with
    no space ("321-65-87", "1-800-555-0199"), wherever it stands among them? A range has one
    hyphen, a telephone number two or more."""
    if tokens[quantity.last].kind != "num" or tokens[quantity.first].kind != "num":
        return False
    first = quantity.first
    return 1 + _glued_groups(tokens, first, 1) + _glued_groups(
        tokens, first, -1
    ) >= 3 or _before_an_area_code(tokens, quantity.last)


def _dialled_in_spaced_groups(tokens: list[Token], quantity: Quantity) -> bool:
    """ "call 0800 310 221", "0 800 22 14 70", "+44 7700 900412": a run of groups of digits
    set apart by spaces alone is a number dialled when it opens with a zero before further
    digits (no count is written so) or with a plus glued to its first group. A bare "0" in a
    table's row opens no telephone number: its zero stands alone."""
    if tokens[quantity.first].kind != "num":
        return False
    k = quantity.first
    while k > 0 and tokens[k - 1].kind == "num" and not tokens[k].newline_before:
        k -= 1
    opening = tokens[k]
    if _LEADING_ZERO.match(opening.text) and (k == 0 or opening.space_before):
        return True  # not the minutes of a time ("08:00 5 people"), glued to its colon
    plus = tokens[k - 1] if k > 0 else None
    return plus is not None and plus.text == "+" and not opening.space_before


# A zero before further digits, in one group or the first of several: "0800", "0 800" (not
# a time, "08:00").
_LEADING_ZERO = re.compile(r"^0[\s\u00a0\u202f]?\d+$")


def _before_an_area_code(tokens: list[Token], k: int) -> bool:
    """ "8 (800) 300-12-12", "+7 (912) 555-03-44": is the number at ``k`` a trunk or country
    prefix, before an area code in parentheses and a number in glued groups?"""
    if k + 4 >= len(tokens):
        return False
    opening, code, closing, number = tokens[k + 1 : k + 5]
    return (
        opening.text == "("
        and code.kind == "num"
        and not code.space_before
        and closing.text == ")"
        and not closing.space_before
        and number.kind == "num"
        and 1 + _glued_groups(tokens, k + 4, 1) >= 3
    )


def _glued_groups(tokens: list[Token], k: int, step: int) -> int:
    """How many groups of digits are joined by hyphens, with no space, to the one at ``k``
    on the side ``step`` points to (1 after it, -1 before it)."""
    count = 0
    while True:
        hyphen, digits = k + step, k + 2 * step
        if not 0 <= digits < len(tokens):
            return count
        if tokens[hyphen].text != "-" or tokens[digits].kind != "num":
            return count
        glued = tokens[digits] if step > 0 else tokens[k]
        if tokens[hyphen].space_before or glued.space_before:
            return count
        count, k = count + 1, digits


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


def first_of_joined(tokens: list[Token], quantity: Quantity) -> int:
    """The first number of a list of bare numbers the quantity ends ("blocks 2 and 9": the
    14), or its own first token when it is none or counts a noun of its own."""
    k = quantity.first
    if quantity.np_last >= 0 or tokens[k].kind != "num":
        return k
    while k >= 2 and tokens[k - 1].lower in _JOINING and tokens[k - 2].kind == "num":
        k -= 2
    return k
