"""A bare number destroyed after a count of destroyed things counts the same things: the noun
said once, in the first of parallel entries, is left out of the next («Луговой: разрушено
домов — 146. Кривцово: разрушено — 38», «разрушено 12 школ; в Кривцово — 4»).
Read alone, a bare number destroyed is of persons («уничтожены 38»: killed); after a count
of houses it is not, as no text would switch from houses to persons without a word.

The other way round, persons are never destroyed things: a group of persons read as a part
of a count of houses («снесены 318 домов, в которых проживали 1 900 человек, в том числе
700 детей») is a part of the persons named between them, and no figure of destroyed things."""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.lexicon import names_group

_PROPERTY = "property_destroyed"
_DESTROY = "destroy"


def carry_destroyed_things(figures: list[Figure]) -> None:
    """Gives the latest destroyed things' kind to a bare number destroyed after them."""
    things = None
    for figure in sorted(figures, key=lambda f: f.quantity.first):
        bare = _bare(figure)
        if things is not None and bare and _destroyed(figure):
            figure.category, figure.subgroup = _PROPERTY, things.subgroup
        elif figure.category == _PROPERTY and figure.parent is None and not bare:
            things = figure


def _bare(figure: Figure) -> bool:
    """Is the figure a number with no noun of its own?"""
    return figure.quantity.noun == "" and figure.quantity.np_last < 0


def _destroyed(figure: Figure) -> bool:
    """Is the bare number read as destroyed things of no kind, or as persons by a verb of
    destroying alone?"""
    if figure.category == _PROPERTY:
        return figure.subgroup == "all"
    trigger = figure.trigger
    return figure.category == "killed" and trigger is not None and trigger.value == _DESTROY


def drop_persons_taken_for_things(figures: list[Figure]) -> list[Figure]:
    """Drops a group of persons read as a part of destroyed things («снесены 318 домов, в
    которых проживали 1 900 человек, в том числе 700 детей»: the children are of the persons
    who lived there, not of the houses)."""
    return [f for f in figures if not _persons_under_things(f)]


def _persons_under_things(figure: Figure) -> bool:
    parent = figure.parent
    return (
        figure.category == _PROPERTY
        and parent is not None
        and parent.category == _PROPERTY
        and names_group(figure.quantity.noun)
    )
