"""An age made an adjective between a count and its noun, in English and Russian: "two
17-year-old boys", "three seventeen-year-old girls", «двое 17-летних юношей», «две
80-летние женщины». The noun after the age is what was counted; the age is no count of its
own (the quantity reader marks it an age). Azerbaijani's "13 yaşlı" is read by
``AzNounPhrase._az_age_adjective``.
"""

from __future__ import annotations

from rightsledger.analysis.statements.numerals import read_number
from rightsledger.analysis.statements.tokens import Token

# The units of an English age: "17-year-old", "six-month-old", "two-week-old".
_EN_UNITS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days"})
# The stems of a Russian age adjective after digits and a hyphen: «17-летних», «6-месячный».
_RU_UNIT_STEMS = ("летн", "месячн", "недельн")


def age_adjective_length(tokens: list[Token], j: int, language: str) -> int:
    """How many tokens the age adjective at ``j`` takes, when a word (the counted noun)
    follows it; else 0."""
    number = read_number(tokens, j, language) if language in {"en", "ru"} else None
    if number is None:
        return 0
    k = number.last + 1
    if language == "en":
        k += k < len(tokens) and tokens[k].text == "-"
        if k >= len(tokens) or tokens[k].lower not in _EN_UNITS:
            return 0
        k += 1
        k += k < len(tokens) and tokens[k].text == "-"
        if k >= len(tokens) or tokens[k].lower != "old":
            return 0
    else:
        if k + 1 >= len(tokens) or tokens[k].text != "-" or tokens[k + 1].space_before:
            return 0
        k += 1
        if not tokens[k].lower.startswith(_RU_UNIT_STEMS):
            return 0
    return k + 1 - j if k + 1 < len(tokens) and tokens[k + 1].kind == "word" else 0
