"""Numbers that give how many in each day or week, or on average: rates, not counts.

The time of each right after the count, or in Azerbaijani before it: "1,200 to 1,500 people
a day", «по 300 человек в сутки», "gündə 300 nəfər". And, anywhere in the count's own clause
(with an opening phrase before its comma), a mean or a time of each: "On average, 5 people
were killed a day", "an average of 12 civilians per week", «В среднем в день погибали 5
человек», «Каждый день погибали пять человек», "Gündə orta hesabla 5 nəfər öldürülüb", "Hər
gün 5 mülki şəxs həlak olurdu". One day named is no rate ("48 were killed in a day", "a day
after", «в день выборов», "son gündə").
"""

from __future__ import annotations

from rightsledger.analysis.statements.numerals import az_numeral_stem
from rightsledger.analysis.statements.quantities.quantity import Quantity
from rightsledger.analysis.statements.tokens import Token

# After a count, how often: a rate ("300 people a day", «300 человек в сутки»).
_RATE_AFTER = {
    "en": ("a day ", "per day ", "each day ", "a week ", "per week ", "each week "),
    "ru": ("в сутки ", "в день ", "в неделю ", "ежедневно ", "ежесуточно "),
    "az": ("gündə ", "hər gün ", "həftədə "),
}
# In the count's clause: a mean, or a time of each.
_MEAN = {
    "en": ("on average", "an average of", "averaged", "averaging"),
    "ru": ("в среднем",),
    "az": ("orta hesabla",),
}
_EACH_TIME = {
    "en": ("a day", "per day", "each day", "every day", "per week", "each week", "every week",
           "per month"),
    "ru": ("в день", "в сутки", "в неделю", "в месяц", "каждый день", "каждые сутки",
           "каждую неделю", "ежедневно", "ежесуточно", "еженедельно"),
    "az": ("gündə", "hər gün", "hər həftə"),
}  # fmt: skip
# "in a day", "a day after": one day, not each.
_ONE_DAY_BEFORE_EN = frozenset({"in", "within", "for", "over", "than", "of", "half", "one"})
_ONE_DAY_AFTER_EN = frozenset({"after", "before", "later", "earlier", "ago", "of"})
# «в день выборов», «в день его ареста»: the day of something.
_OF_THE_DAY_RU = frozenset({"NOUN", "ADJF", "NPRO", "PRTF"})
# "son gündə", "həmin gündə": in one day named, not in each.
_AZ_ONE_DAY = frozenset({"son", "bu", "həmin", "ötən", "o", "ilk", "birinci", "bir"})
_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "—", "–"})


def is_rate(tokens: list[Token], quantity: Quantity, language: str) -> bool:
    """Is the number how many in each day or week, or on average, rather than a count?"""
    return _time_of_each_beside(tokens, quantity, language) or _rate_in_clause(
        tokens, quantity, language
    )


def _time_of_each_beside(tokens: list[Token], quantity: Quantity, language: str) -> bool:
    end = max(quantity.last, quantity.np_last) + 1
    # Past the word of the act when it is the counted word: "30 to 40 wounded a day",
    # «по 30—40 раненых в день».
    ends = (end, end + 1) if quantity.np_last < 0 and end < len(tokens) else (end,)
    for k in ends:
        if k > end and tokens[end].lower in _ONE_DAY_BEFORE_EN:
            break  # "rose to 6,200 in a week": the word skipped makes it one week
        after = " ".join(t.lower for t in tokens[k : k + 2])
        if (after + " ").startswith(_RATE_AFTER.get(language, ())) and not (
            k + 2 < len(tokens) and tokens[k + 2].lower in _ONE_DAY_AFTER_EN
        ):
            return True  # "12 a day earlier": one day named
    if language != "az" or quantity.first < 1 or tokens[quantity.first - 1].lower != "gündə":
        return False
    return not (quantity.first > 1 and _az_days_named(tokens[quantity.first - 2]))


def _rate_in_clause(tokens: list[Token], quantity: Quantity, language: str) -> bool:
    first, past = _clause(tokens, quantity)
    words = [t.lower for t in tokens[first:past]]
    for phrase in _MEAN.get(language, ()):
        if _find(words, phrase):
            return True
    for phrase in _EACH_TIME.get(language, ()):
        for k in _find(words, phrase):
            if _each(tokens, first + k, len(phrase.split()), language):
                return True
    return False


def _each(tokens: list[Token], k: int, length: int, language: str) -> bool:
    """Is the time phrase at ``k`` one of each day, not a day named?"""
    before = tokens[k - 1].lower if k > 0 else ""
    after = tokens[k + length] if k + length < len(tokens) else None
    if language == "en" and tokens[k].lower == "a":
        return before not in _ONE_DAY_BEFORE_EN and (
            after is None or after.lower not in _ONE_DAY_AFTER_EN
        )
    if language == "ru" and tokens[k].lower == "в":
        return after is None or after.kind != "word" or after.pos not in _OF_THE_DAY_RU
    if language == "az" and tokens[k].lower == "gündə":
        return not (k > 0 and _az_days_named(tokens[k - 1]))
    return True


def _az_days_named(token: Token) -> bool:
    """Does the word before "gündə" name the days ("son gündə", in the last day; "iki
    gündə", "son 3 gündə", in two days), not each day?"""
    word = token.lower
    return word in _AZ_ONE_DAY or token.kind == "num" or bool(az_numeral_stem(word))


def _find(words: list[str], phrase: str) -> list[int]:
    parts = phrase.split()
    return [k for k in range(len(words) - len(parts) + 1) if words[k : k + len(parts)] == parts]


def _clause(tokens: list[Token], quantity: Quantity) -> tuple[int, int]:
    """The count's clause, with a phrase opening its sentence before a comma ("On average,
    5 people …", «Каждый день, …»), as (first, past-last) token indices. A line break ends
    a clause as a full stop does: the items of a list are written without one ("- 139
    released, after an average of 97 days" / "- 94 of those released …")."""
    first = quantity.first
    while (
        first > 0
        and tokens[first - 1].text not in _CLAUSE_ENDS
        and not _opens_a_line(tokens[first])
    ):
        first -= 1
    if first > 0 and tokens[first - 1].text == "," and not _opens_a_line(tokens[first]):
        opening = first - 1
        while opening > 0 and tokens[opening - 1].text not in _CLAUSE_ENDS:
            if _opens_a_line(tokens[opening]):
                break
            opening -= 1
        sentence_opens = opening == 0 or tokens[opening - 1].text in {".", "!", "?", ";"}
        if sentence_opens or _opens_a_line(tokens[opening]):
            first = opening
    past = max(quantity.last, quantity.np_last, quantity.end_token) + 1
    while (
        past < len(tokens)
        and tokens[past].text not in _CLAUSE_ENDS
        and not _opens_a_line(tokens[past])
    ):
        past += 1
    return first, past


def _opens_a_line(token: Token) -> bool:
    return token.newline_before > 0
