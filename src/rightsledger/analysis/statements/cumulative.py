"""A running total given after a day's figure is a figure of its own.

Situation updates give each day's count and then the count since the start: "37 people killed
in the past 24 hours, bringing the cumulative toll since 9 October to 18,412", "102 injured;
cumulative 49,760", "3 killed in the past 24 hours (cumulative 341)", "bringing the total to
1,204", «за сутки погибли 3 человека, всего с начала года — 341», "son sutkada 3 nəfər həlak
olub, ilin əvvəlindən bəri isə ümumilikdə 341 nəfər". The bare number after such words counts
the same act and group over the longer period: a claim of its own, no part of the day's
figure. It is added as the sentence is read, so that a later sentence can name it as a whole
("Of the cumulative deaths, 7,015 are children").
"""

from __future__ import annotations

from rightsledger.analysis.statements.comparisons import counts_the_same
from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.figures.core import subgroup_of
from rightsledger.analysis.statements.lexicon import PERSON, UNIT, Lexicon, names_group
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import Token

# The words just before the running total ("cumulative 49,760", "(cumulative 341)").
_EN_BEFORE = ("cumulative", "cumulatively", "cumulative total", "cumulative total of")
# "bringing the (cumulative) toll (since …) to 18,412": a verb of bringing, then "to".
_EN_BRINGING = ("bringing", "brings", "brought", "taking", "raising")
_EN_RUNNING = ("toll", "total", "tally", "number", "count", "figure")
# A word of the total in a clause of its own after the day's figure, a few words before the
# number, with at most the period between: ", for a total of 341 since January", «, всего с
# начала года — 341», ", ilin əvvəlindən bəri isə ümumilikdə 341 nəfər", ", ümumi say 112-yə".
_TOTAL = {
    "en": frozenset({"total"}),
    "ru": frozenset({"всего", "итого"}),
    "az": frozenset({"ümumilikdə", "cəmi", "ümumi"}),
}
_TOTAL_REACH = 6
_CLAUSE_MARKS = frozenset({",", ";", "(", "—", "–"})
_AND = frozenset({"and", "и", "а", "və"})
_EN_IN_ALL = frozenset({("in", "all"), ("in", "total"), ("all", "told")})
_ARTICLES = frozenset({"the"})


def add_running_totals(
    tokens: list[Token],
    span: tuple[int, int],
    quantities: list[Quantity],
    figures: list[Figure],
    language: str,
    lex: Lexicon,
) -> list[Figure]:
    """The sentence's ``figures``, each followed by the running total said after it."""
    taken = {id(f.quantity) for f in figures}
    result: list[Figure] = []
    for figure in figures:
        result.append(figure)
        if not figure.category or figure.quantity.zero:
            continue
        # "in the past 24 hours" between them is no count.
        following = [q for q in quantities if figure.last < q.first < span[1] and not q.non_count]
        quantity = following[0] if following else None
        if (
            quantity is None
            or id(quantity) in taken
            or not counts_the_same(quantity, figure.quantity)
        ):
            continue
        if _running(tokens, figure.last + 1, quantity, language, lex):
            result.append(
                Figure(quantity, figure.category, _subgroup_of_the_total(quantity, figure))
            )
            taken.add(id(quantity))
    return result


def _subgroup_of_the_total(quantity: Quantity, figure: Figure) -> str:
    """The total's own persons when it names them ("300 families …, ümumilikdə 1100 nəfər":
    persons, not families); else the group of the figure it totals."""
    if quantity.noun == PERSON:
        return "all"
    return subgroup_of(quantity.noun) if names_group(quantity.noun) else figure.subgroup


def _running(
    tokens: list[Token], start: int, quantity: Quantity, language: str, lex: Lexicon
) -> bool:
    if _total_before(tokens, start, quantity, language, lex):
        return True
    if language != "en":
        return False
    if _total_after(tokens, start, quantity):
        return True
    words = [t.text.casefold() for t in tokens[start : quantity.first] if t.text != "("]
    if " ".join(words).endswith(_EN_BEFORE):
        return True
    if not words or words[-1] != "to":
        return False
    bringing = next((k for k, w in enumerate(words) if w in _EN_BRINGING), None)
    if bringing is None:
        return False
    running = next((k for k, w in enumerate(words) if k > bringing and w in _EN_RUNNING), None)
    # "bringing the number of shelters to 40": the number of something else.
    return running is not None and "of" not in words[running:]


def _total_after(tokens: list[Token], start: int, quantity: Quantity) -> bool:
    """ ", about 1,100 people in all", " — 1,100 people in total": a count set off by a mark
    at the end of the figure's clause, "in all" after it."""
    mark = quantity.first - 1
    if mark < start or tokens[mark].text not in _CLAUSE_MARKS:
        return False
    if any(t.text in _CLAUSE_MARKS for t in tokens[start:mark]):
        return False  # the figure's own clause runs on to the mark
    after = tuple(t.lower for t in tokens[quantity.end_token + 1 : quantity.end_token + 3])
    return after in _EN_IN_ALL


def _joined_by_and(tokens: list[Token], start: int, total: int) -> bool:
    """Does "and" open the total's clause ("8 bodies were recovered and the total reached 52",
    "8 cəsəd çıxarılıb və ümumi say 52-yə çatıb", «… и общее число достигло 52»)?"""
    k = total - 1
    if k > start and tokens[k].lower in _ARTICLES:
        k -= 1
    return k >= start and tokens[k].lower in _AND


def _total_before(
    tokens: list[Token], start: int, quantity: Quantity, language: str, lex: Lexicon
) -> bool:
    """Is the number given as the total, in a clause of its own after the figure, with no act
    or group named between the word of the total and the number ("the total number of
    injured is 112" counts the injured)?"""
    totals = [
        k for k in range(start, quantity.first) if tokens[k].lower in _TOTAL.get(language, ())
    ]
    if not totals or quantity.first - totals[-1] > _TOTAL_REACH:
        return False
    total = totals[-1]
    own_clause = any(tokens[k].text in _CLAUSE_MARKS for k in range(start, total))
    if not own_clause and not _joined_by_and(tokens, start, total):
        return False
    for k in range(total, quantity.first):
        noun = lex.noun_set.match(tokens, k) if k != total else None
        if lex.trigger_set.match(tokens, k) is not None:
            return False
        if noun is not None and noun.value != UNIT:
            return False  # a unit is the period: «с начала года»
    return True
