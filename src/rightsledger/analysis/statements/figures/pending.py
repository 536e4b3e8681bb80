"""Identification said to be still under way: "the remains of 28 are held pending
identification", «останки 28 человек хранятся до завершения идентификации», "qalan 28
nəfərin eyniləşdirilməsi davam edir", or not done yet («ещё 22 тела пока не опознаны»). The
word of identifying names what is yet to be done to them: they are not identified. What they are is what their noun says (remains found), or what
the figure they are the rest of was."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.core import Figure, implied_category
from rightsledger.analysis.statements.tokens import Token

# Words right before the word of identifying that put it off: "pending identification",
# "awaiting DNA identification", «до завершения идентификации», «в ожидании опознания»; or
# deny it: «пока не опознаны», «не были идентифицированы».
_PUT_OFF_BEFORE = {
    "en": frozenset({"pending", "awaiting", "until", "before"}),
    "ru": frozenset({"до", "ожидании", "ожидают", "ожидает", "не"}),
    "az": frozenset(),
}
# Words right after it that say it goes on: "identification is continuing", «идентификация
# продолжается», "eyniləşdirilməsi davam edir", "… gözlənilir".
_GOES_ON_AFTER = {
    "en": frozenset({"continues", "continuing", "ongoing", "underway", "pending"}),
    "ru": frozenset({"продолжается", "продолжаются", "ведётся", "ведется"}),
    "az": frozenset({"davam", "gözlənilir", "gözləyir"}),
}
# How many words may stand between the word of identifying and the word that puts it off
# («до завершения идентификации»: one).
_REACH = 2


def undo_pending_identification(
    tokens: list[Token], figures: list[Figure], span: tuple[int, int], language: str
) -> None:
    """Takes "identified" from the figures whose identification is still to come."""
    begin, end = span
    for figure in figures:
        trigger = figure.trigger
        if figure.category != "identified" or trigger is None:
            continue
        if not _put_off(tokens, trigger.first, trigger.last, begin, end, language):
            continue
        implied = implied_category(figure.quantity, whole=True)
        figure.category, figure.trigger, figure.bound = implied, None, "noun" if implied else ""


def _put_off(
    tokens: list[Token], first: int, last: int, begin: int, end: int, language: str
) -> bool:
    """Does a word that puts identifying off stand just before it, or one that says it goes
    on just after it, with no number between ("until March 12 were identified": a date)? Or,
    in Russian, a «не» inside a predicate split by its subject («личности 11 из них не
    установлены», «… не удалось установить»)?"""
    if language == "ru" and any(tokens[k].lower == "не" for k in range(first + 1, last)):
        return True
    for k in range(first - 1, max(begin, first - _REACH - 1) - 1, -1):
        if tokens[k].kind != "word":
            break
        if tokens[k].lower in _PUT_OFF_BEFORE.get(language, frozenset()):
            return True
    for k in range(last + 1, min(end, last + _REACH + 2)):
        if tokens[k].kind != "word":
            break
        if tokens[k].lower in _GOES_ON_AFTER.get(language, frozenset()):
            return True
    return False
