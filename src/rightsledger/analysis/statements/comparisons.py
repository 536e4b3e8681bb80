"""A figure for another period given for comparison is a figure of its own.

"2,316 children were held in 2023, up from 1,870 in 2021", "412 were killed, down from 530 the
year before", «умерли 84 человека — почти вдвое больше, чем в 2021 году (43)», «погибли 84
человека против 43 годом ранее», "84 nəfər ölüb, 2021-ci ildəki 43 nəfərlə müqayisədə", "84
died (in 2021: 43)", «умерли 84 человека (годом ранее — 43)», «достигло 84, тогда как накануне
их было 43», "the toll rose to 84 from 43 last week": the bare number after a word of
comparison counts the same act and group for the other period — a claim of its own, no part
of the first. A number after a comparison that counts nothing of ours
("84 attacks, compared with 51") stays nothing, as the figure before it is none.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.figures.compared import said_after_a_comparison
from rightsledger.analysis.statements.figures.core import other_period_in_parenthesis
from rightsledger.analysis.statements.figures.taking_back import with_added_after
from rightsledger.analysis.statements.lexicon import FAMILY, GRAVE, PERSON, UNIT, UNKNOWN
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.quantities.ranges import RISING, from_of_a_change
from rightsledger.analysis.statements.tokens import Token, abbreviation_stops, sentences

# A clause set against the figure's, with the other period's number in it: «…, тогда как
# накануне их было 29», "…, whereas on Sunday it was 29".
_WHEREAS = {"en": ("whereas",), "ru": ("тогда как", "в то время как"), "az": ()}
# How many words of a phrase may end the figure's clause before the parenthesis of another
# period: "12 deaths in pre-trial detention (2025: 9)", "214 died in prisons and pre-trial
# detention centres (2024: 187)".
_ADJUNCT_REACH = 10
# Azerbaijani says it after the number: "43 nəfərlə müqayisədə", "43-lə müqayisədə".
_AZ_AFTER = ("müqayisədə",)
# A clause of an earlier moment after the figure's: "…; a month earlier it was 45,100", «…, а
# месяцем ранее — 45 100», "…, bir ay əvvəl isə 45.100 nəfər idi". The word that ends the
# moment and makes it earlier, and the words that may stand between it and the number (a
# copula, a pronoun of the count, a contrastive particle).
_EARLIER = {
    "en": frozenset({"earlier", "before", "ago", "previously"}),
    "ru": frozenset({"ранее", "раньше", "назад", "накануне", "прежде"}),
    "az": frozenset({"əvvəl", "öncə"}),
}
_BEFORE_THE_NUMBER = {
    "en": frozenset({"it", "was", "had", "been", "there", "were", "the", "figure", "stood", "at"}),
    "ru": frozenset({"их", "было", "он", "она", "составлял", "составляло", "составляла"}),
    "az": frozenset({"isə", "bu", "rəqəm", "göstərici", "say"}),
}
_CLAUSE_MARKS = frozenset({",", ";", "—", "–"})
# At most so many words of the moment between the mark and the number's own words ("a
# month", «а месяцем», "the week", "bir ay").
_MOMENT_REACH = 4


def add_figures_compared(
    tokens: list[Token], quantities: list[Quantity], figures: list[Figure], language: str
) -> list[Figure]:
    """The figures, each followed by the figure for another period it is compared with."""
    taken = {id(f.quantity) for f in figures}
    # Wholes of persons of their own: a comparison after one is of that one, not of a figure
    # before it ("opened 11 graves and recovered 84 bodies, up from 62": 62 bodies, no graves);
    # things between are where the persons were ("84 bodies from three graves, up from 62").
    wholes = {
        id(f.quantity)
        for f in figures
        if f.parent is None and f.category and not _things(f.quantity.noun)
    }
    spans = list(sentences(tokens))
    added: dict[int, list[Figure]] = {}
    for figure in figures:
        if not figure.category or figure.quantity.zero:
            continue
        end = next((e for b, e in spans if b <= figure.first < e), len(tokens))
        for quantity in quantities:
            if not figure.last < quantity.first < end:
                continue
            if id(quantity) in wholes:
                break
            if id(quantity) in taken:
                continue
            if not counts_the_same(quantity, figure.quantity):
                continue
            if (
                _compared(tokens, figure.last + 1, quantity, language)
                or _risen_from(tokens, figure, quantity, language)
                or _changed_to(tokens, figure, quantity, language)
                or _at_an_earlier_moment(tokens, figure.last + 1, quantity, language)
                or _earlier_moment_after_in_parenthesis(tokens, figure.last + 1, quantity, language)
            ):
                compared = [quantity, *_joined_after(tokens, quantities, quantity, end)]
                compared = [q for q in compared if id(q) not in taken and id(q) not in wholes]
                of = _compared_figure(figure, quantity)
                added[id(figure)] = [
                    Figure(q, category=of.category, subgroup=of.subgroup)
                    for q in compared
                    if q is quantity or q.noun in {"", PERSON, UNKNOWN, figure.quantity.noun}
                ]
                taken.update(id(q) for q in compared)
            break  # only the first count after the figure
    return with_added_after(figures, added)


def _compared_figure(figure: Figure, quantity: Quantity) -> Figure:
    """The figure the other moment's number is of: the one just before it, or that one's whole
    where the figure is a part named by its group and the number names persons ("29 nəfər, o
    cümlədən 6 uşaq … (25 mayda – 44 nəfər)": 44 persons then, not children), or where a
    bare number is more than the whole holds («пропавшими числятся 57 человек, в том числе 9
    детей (на 20 июня — 89)»: the 89 are of the 57; «(на 3 марта — 5)» would be children)."""
    whole = figure.parent
    if whole is None:
        return figure
    if figure.subgroup != whole.subgroup and quantity.noun == PERSON:
        return whole
    if whole.quantity.most is not None and quantity.count is not None:
        return whole if quantity.count > whole.quantity.most else figure
    return figure


def _joined_after(
    tokens: list[Token], quantities: list[Quantity], quantity: Quantity, end: int
) -> list[Quantity]:
    """ "27 killed, up from 15 in the second update and 9 in the first reports": the counts
    joined by "and" after a compared count, each after a short phrase of its time, compare
    the same figure at other times."""
    joined: list[Quantity] = []
    last = quantity.end_token
    stops = abbreviation_stops(tokens, (last, end))
    for later in quantities:
        if later.first <= last:
            continue
        if later.non_count and not _parallel(tokens, quantity, later):
            continue
        between = tokens[last + 1 : later.first]
        if (
            later.first >= end
            or len(between) > _ADJUNCT_REACH
            or not between
            or between[-1].lower != "and"
            or not all(
                t.kind in {"word", "num"} or t.start in stops for t in between
            )  # "in Flash Update No. 2 and 9 …": the stop of an abbreviation goes on
        ):
            break
        joined.append(later)
        last = later.end_token
    return joined


def counts_the_same(quantity: Quantity, counted: Quantity) -> bool:
    """Does the number count what ``counted`` counts (a count with no noun of its own,
    persons, or the same noun)? The other period's figure here, a running total
    (``cumulative``) there."""
    if quantity.non_count or quantity.zero:
        return False
    return quantity.noun in {"", PERSON, UNKNOWN, counted.noun}


def _compared(tokens: list[Token], start: int, quantity: Quantity, language: str) -> bool:
    before = " ".join(t.lower for t in tokens[start : quantity.first])
    if other_period_in_parenthesis(tokens[start : quantity.first]):
        return True
    if other_period_in_parenthesis(_past_adjunct(tokens, start, quantity)):
        # "12 deaths in pre-trial detention (2025: 9)", "7 ölüm faktı qeydə alınıb (ötən
        # ilin eyni dövründə - 10)", «задержаны 40 человек в двух городах (неделей ранее —
        # 25)»: the rest of the figure's clause before the parenthesis.
        return True
    if language == "az":
        after = tokens[quantity.last + 1 : quantity.end_token + 3]
        return any(t.lower.startswith(_AZ_AFTER) for t in after)
    # The other period's number may be named as one said before: "up from the 19 it reported".
    if said_after_a_comparison(before, language):
        return True
    if any(f"{word} " in f" {before} " for word in _WHEREAS[language]):
        return True
    # «…, чем в 2021 году (43)»: the other period's number in a parenthesis after «чем».
    return (
        language == "ru"
        and "чем" in before.split()
        and quantity.first > 0
        and tokens[quantity.first - 1].text == "("
    )


def _earlier_moment_after_in_parenthesis(
    tokens: list[Token], start: int, quantity: Quantity, language: str
) -> bool:
    """ "bringing the total to 3,400 (2,900 a week ago)": a parenthesis right after the
    figure's clause that opens with the number and closes with its earlier moment ("a week
    ago", "a month earlier"); only words of the clause ("have arrived") before it."""
    earlier = _EARLIER.get(language, frozenset())
    opening = quantity.first - 1
    if language != "en" or opening < start or tokens[opening].text != "(":
        return False
    rest = tokens[start:opening]
    if len(rest) > _ADJUNCT_REACH or any(t.kind != "word" for t in rest):
        return False
    k = quantity.end_token + 1
    while k < len(tokens) and tokens[k].kind == "word" and k - quantity.end_token <= _MOMENT_REACH:
        k += 1
    return (
        k < len(tokens)
        and tokens[k].text == ")"
        and k - 1 > quantity.end_token
        and tokens[k - 1].lower in earlier
    )


def _at_an_earlier_moment(
    tokens: list[Token], start: int, quantity: Quantity, language: str
) -> bool:
    """ "The number of displaced stood at 48,300; a month earlier it was 45,100", «…, а
    месяцем ранее — 45 100», "…, bir ay əvvəl isə 45.100 nəfər idi": after a mark that ends
    the figure's clause (past a short phrase of it), a few words of an earlier moment, then
    at most a copula or a pronoun of the count before the number."""
    earlier = _EARLIER.get(language, frozenset())
    fillers = _BEFORE_THE_NUMBER.get(language, frozenset()) | _CLAUSE_MARKS
    k = quantity.first - 1
    while k >= start and tokens[k].lower in fillers and tokens[k].lower not in earlier:
        k -= 1
    moment_end = k
    while k >= start and tokens[k].kind == "word" and moment_end - k < _MOMENT_REACH:
        k -= 1
    # The moment ends with its word of earlier: "a month earlier", «месяцем ранее», "bir ay
    # əvvəl" ("earlier reports had said 12", «ранее сообщалось о 12» report, not compare).
    if moment_end < start or tokens[moment_end].lower not in earlier:
        return False
    if k < start or tokens[k].text not in _CLAUSE_MARKS:
        return False
    clause = tokens[start:k]
    return len(clause) <= _ADJUNCT_REACH and all(t.kind in {"word", "num"} for t in clause)


def _risen_from(tokens: list[Token], figure: Figure, quantity: Quantity, language: str) -> bool:
    """ "The death toll has climbed to 41 from 12 a day earlier": the count a rise started
    from, after the count it rose to."""
    first = figure.quantity.first
    rising = RISING.get(language, frozenset())
    return (
        language == "en"
        and quantity.first == figure.quantity.end_token + 2
        and tokens[quantity.first - 1].lower == "from"
        and first > 1
        and tokens[first - 1].lower == "to"
        and tokens[first - 2].lower in rising
    )


def _changed_to(tokens: list[Token], figure: Figure, quantity: Quantity, language: str) -> bool:
    """ "Deaths in custody fell from five in 2025 to three this year", "Killings rose from 12
    in May to 41": the count a change went to, after the count it went from ("from" after a
    verb of change), with at most a short phrase of time between them and no mark."""
    first = figure.quantity.first
    if language != "en" or first < 2 or not from_of_a_change(tokens, first - 1, language):
        return False
    if tokens[quantity.first - 1].lower != "to":
        return False
    between = tokens[figure.quantity.end_token + 1 : quantity.first - 1]
    return len(between) <= _ADJUNCT_REACH and all(t.kind in {"word", "num"} for t in between)


def _parallel(tokens: list[Token], quantity: Quantity, later: Quantity) -> bool:
    """ "up from 15 in Update No. 2 and 9 in the first reports": a bare number after "and"
    that a list of references would take ("No. 2 and 9") but that is followed by the same
    preposition as the compared count before it, as a count of another time is."""
    after, after_later = quantity.end_token + 1, later.end_token + 1
    return (
        later.non_count == "reference"
        and after_later < len(tokens)
        and tokens[later.first - 1].lower == "and"
        and tokens[after].kind == "word"
        and tokens[after].lower == tokens[after_later].lower
    )


def _past_adjunct(tokens: list[Token], start: int, quantity: Quantity) -> list[Token]:
    """The tokens from the parenthesis before ``quantity`` on, past a short phrase of words
    that ends the figure's clause ("12 deaths in pre-trial detention (2025: 9)")."""
    k = start
    while (
        k < quantity.first
        and k - start < _ADJUNCT_REACH
        and (tokens[k].kind == "word" or (tokens[k].text == "-" and not tokens[k].space_before))
    ):
        k += 1
    return tokens[k : quantity.first] if k > start else []


def _things(noun: str) -> bool:
    """Does a figure's noun count things (graves, families, houses, units), not persons?"""
    return noun in {GRAVE, FAMILY, UNIT} or noun.startswith("property:")
