"""Russian arrests for a term of days («22 человека арестованы на срок от 10 до 15 суток», «трое
арестованы на 10 суток»): an administrative arrest, which a court gives to persons already
detained, so the arrested are a part of the latest count of the detained before them, as
«назначил административный арест 23 задержанным» is (``earlier_fates``). An arrest with no
term of days («арестованы 40 человек») may be the detention itself, and stays a figure of
its own; one called administrative («в отношении 57 человек назначен административный арест»,
«подвергнуты административному аресту») is a court's, as one for days is.

A part told after the arrest that names its whole by the act ("Fewer than 30 of those
detained were under 18", "of the detainees") speaks of all the detained, not of the arrested
part it was bound to while that part had no whole yet; "of these"/"of them" stays with the
arrested.

English says the arrest by its name after the count ("212 were placed under administrative
arrest", "40 were given administrative detention of up to 15 days"): the same part of the
detained before it. ("Police detained 40 people" says no arrest by a court.)"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure, resolve_category
from rightsledger.analysis.statements.lexicon import PERSON, Lexicon
from rightsledger.analysis.statements.tokens import CLAUSE_STOPS, Token

_DAYS = frozenset({"суток", "сутки"})
# The adjective that names an arrest a court gives, and what it must qualify, by their
# starts: "administrative arrest/detention", «административный арест», «административное
# наказание в виде ареста» (not «административное правонарушение», the offence persons may
# be detained for).
_ADMINISTRATIVE = {
    "en": ("administrative", ("arrest", "detention")),
    "ru": ("административн", ("арест", "наказани")),
}
# How far after the count its term may be said («арестованы на срок от 10 до 15 суток»).
_TERM_REACH = 10
# How far before the count an arrest may be named ("Administrative arrest of between 5 and
# 15 days was ordered for 96 protesters").
_ARREST_BEFORE_REACH = 14
# The words between a part's number and the act that names its whole: "of those detained".
_OF_THE_NAMED = ("of", frozenset({"those", "the"}))


def nest_arrests_for_days(
    tokens: list[Token], figures: list[Figure], lex: Lexicon, language: str
) -> None:
    """Makes a count of persons under an arrest a court gives (for days, or called
    administrative) a part of the detained before it."""
    if language not in _ADMINISTRATIVE:
        return
    for n, figure in enumerate(figures):
        count = figure.quantity.count
        if figure.category != "detained" or figure.parent is not None or not count:
            continue
        if not (
            _arrest_by_a_court_after(tokens, figure, language)
            or (language == "en" and _arrest_by_a_court_before(tokens, figure))
        ):
            continue
        whole = _detained_before(figure, figures[:n])
        if whole is None:
            continue
        figure.parent = whole
        for later in figures[n + 1 :]:
            if later.parent is figure and _whole_named_by_its_act(tokens, later, lex):
                later.parent = whole


def _whole_named_by_its_act(tokens: list[Token], part: Figure, lex: Lexicon) -> bool:
    """Is the part's number followed by "of those detained" / "of the detainees"?"""
    k = part.quantity.last + 1
    of, definite = _OF_THE_NAMED
    if k + 2 >= len(tokens) or tokens[k].lower != of or tokens[k + 1].lower not in definite:
        return False
    named = lex.trigger_set.match(tokens, k + 2)
    noun = lex.noun_set.match(tokens, k + 2)
    return (named is not None and resolve_category(named.value, PERSON) == "detained") or (
        noun is not None and noun.value == "implied:detained"
    )


def _arrest_by_a_court_after(tokens: list[Token], figure: Figure, language: str) -> bool:
    """Is a term in days (Russian) or an arrest called administrative said in the count's
    clause after it?"""
    adjective, qualified = _ADMINISTRATIVE[language]
    end = min(len(tokens) - 1, figure.quantity.end_token + 1 + _TERM_REACH)
    for k in range(figure.quantity.end_token + 1, end):
        word = tokens[k].lower
        if tokens[k].text in CLAUSE_STOPS:
            return False
        if language == "ru" and word in _DAYS:
            return True
        if word.startswith(adjective) and tokens[k + 1].lower.startswith(qualified):
            return True
    return False


def _arrest_by_a_court_before(tokens: list[Token], figure: Figure) -> bool:
    """ "Administrative arrest of between 5 and 15 days was ordered for 96 protesters": the
    arrest named before the count, in its clause (English)."""
    adjective, qualified = _ADMINISTRATIVE["en"]
    first = figure.quantity.first
    for k in range(first - 1, max(-1, first - 1 - _ARREST_BEFORE_REACH), -1):
        if tokens[k].text in CLAUSE_STOPS:
            return False
        if tokens[k].lower.startswith(adjective) and tokens[k + 1].lower.startswith(qualified):
            return True
    return False


def _detained_before(figure: Figure, before: list[Figure]) -> Figure | None:
    """The latest count of the detained with no whole before the figure that counts more (a
    smaller one, «— Да, трое» journalists among them, is no whole of it)."""
    count = figure.quantity.count or 0
    for whole in reversed(before):
        most = whole.quantity.most
        if whole.category == "detained" and whole.parent is None and most and most > count:
            return whole
    return None
