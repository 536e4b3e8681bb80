"""Russian arrests for a term of days («22 человека арестованы на срок от 10 до 15 суток», «трое
арестованы на 10 суток»): an administrative arrest, which a court gives to persons already
detained, so the arrested are a part of the latest count of the detained before them, as
«назначил административный арест 23 задержанным» is (``earlier_fates``). An arrest with no
term of days («арестованы 40 человек») may be the detention itself, and stays a figure of
its own; one called administrative («в отношении 57 человек назначен административный арест»,
«подвергнуты административному аресту») is a court's, as one for days is."""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.tokens import CLAUSE_STOPS, Token

_DAYS = frozenset({"суток", "сутки"})
# «административный арест», «административному аресту», «административное наказание в виде
# ареста»: what the adjective qualifies (not «административное правонарушение», the offence
# persons may be detained for).
_ADMINISTRATIVE = "административн"
_ADMINISTRATIVE_WHAT = ("арест", "наказани")
# How far after the count its term may be said («арестованы на срок от 10 до 15 суток»).
_TERM_REACH = 10


def nest_arrests_for_days(tokens: list[Token], figures: list[Figure], language: str) -> None:
    """Makes a Russian count of persons arrested for days a part of the detained before it."""
    if language != "ru":
        return
    for n, figure in enumerate(figures):
        count = figure.quantity.count
        if figure.category != "detained" or figure.parent is not None or not count:
            continue
        if not _term_of_days_after(tokens, figure) and not _administrative_arrest_after(
            tokens, figure
        ):
            continue
        whole = _detained_before(figure, figures[:n])
        if whole is not None:
            figure.parent = whole


def _term_of_days_after(tokens: list[Token], figure: Figure) -> bool:
    """Is a term in days said in the count's clause after it?"""
    end = min(len(tokens), figure.quantity.end_token + 1 + _TERM_REACH)
    for token in tokens[figure.quantity.end_token + 1 : end]:
        if token.text in CLAUSE_STOPS:
            return False
        if token.lower in _DAYS:
            return True
    return False


def _administrative_arrest_after(tokens: list[Token], figure: Figure) -> bool:
    """Is the arrest said in the count's clause after it called administrative?"""
    end = min(len(tokens) - 1, figure.quantity.end_token + 1 + _TERM_REACH)
    for k in range(figure.quantity.end_token + 1, end):
        if tokens[k].text in CLAUSE_STOPS:
            return False
        if tokens[k].lower.startswith(_ADMINISTRATIVE) and tokens[k + 1].lower.startswith(
            _ADMINISTRATIVE_WHAT
        ):
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
