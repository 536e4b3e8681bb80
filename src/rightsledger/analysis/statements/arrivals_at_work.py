"""Persons who came to work are not displaced: "200 journalists arrived to cover the talks",
"40 police officers arrived at the camp", «в лагерь прибыли 40 сотрудников ООН».

An arrival counts as displacement because those who arrive at a camp or a town after a flight
are its displaced ("1,200 people arrived in Tamar"). Journalists, police, officials, monitors,
aid and medical staff, rescuers and troops arrive to do their work there: the same verb says
nothing of a flight. Leaving is the same when the counted persons only go with someone ("the
delegation left Geneva with 12 journalists"). Being forced out or fleeing is still displacement
whoever is counted ("12 journalists were forced to leave the country"): only the plain verbs of
coming and going are read this way. Azerbaijani arrivals ("gəldi") are read as no figure at all,
so there is nothing to take back there.
"""

from __future__ import annotations

from rightsledger.analysis.statements.at_work import ARRIVING as _ARRIVING
from rightsledger.analysis.statements.at_work import AT_WORK as _AT_WORK
from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.figures.taking_back import without_freeing_parts
from rightsledger.analysis.statements.tokens import Token

_LEAVING = {"en": ("left",), "ru": ("уехал", "выехал")}
_WITH = {"en": ("with",), "ru": ("с", "со")}


def drop_arrivals_at_work(
    tokens: list[Token], figures: list[Figure], language: str
) -> list[Figure]:
    """The figures without those who only came, or went along, to do their work."""
    if language not in _AT_WORK:
        return figures
    dropped = {id(f) for f in figures if _came_to_work(tokens, f, language)}
    return without_freeing_parts(figures, dropped)


def _came_to_work(tokens: list[Token], figure: Figure, language: str) -> bool:
    trigger = figure.trigger
    if figure.category != "displaced" or trigger is None:
        return False
    quantity = figure.quantity
    if quantity.np_first < 0 or not _words_start(tokens, quantity.np_first, quantity.np_last,
                                                 _AT_WORK[language]):  # fmt: skip
        return False
    if _words_start(tokens, trigger.first, trigger.last, _ARRIVING[language]):
        return True
    # Going along: the counted persons follow "with" ("left Geneva with 12 journalists").
    went_along = quantity.first > 0 and tokens[quantity.first - 1].lower in _WITH[language]
    return went_along and _words_start(tokens, trigger.first, trigger.last, _LEAVING[language])


def _words_start(tokens: list[Token], first: int, last: int, starts: tuple[str, ...]) -> bool:
    return any(t.lower.startswith(starts) for t in tokens[first : last + 1])
