"""A bare number destroyed after a count of destroyed things counts the same things: the noun
said once, in the first of parallel entries, is left out of the next («Луговой: разрушено
домов — 146. Кривцово: разрушено — 38», «разрушено 12 школ; в Кривцово — 4»).
Read alone, a bare number destroyed is of persons («уничтожены 38»: killed); after a count
of houses it is not, as no text would switch from houses to persons without a word."""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure

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
