"""Requests to trace persons, counted for a stretch of time after the number now sought: "Hazırda
1.900 nəfər axtarılır … Bu ay 140 nəfərin axtarışı üçün müraciət daxil olub" (this month,
requests for 140 more persons). A tracing service counts whom it seeks as the requests pile
up: the requests of a month are a part of all those sought, told before them, not a second
whole; and those "among the sought" after them are of all the sought, not of the month's
requests (Azerbaijani, whose lexicon reads the request as a search: ``az_acts``)."""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.tokens import Token

# The request, in the words that make the count a search for persons.
_REQUEST = "müraciət"
# Those "among the sought" or "of the sought": what names the whole the parts are of.
_THE_SOUGHT = "axtarılanlar"


def nest_requests_in_the_sought(tokens: list[Token], figures: list[Figure], language: str) -> None:
    """Makes a count of requests to trace a part of the larger count of the sought before it,
    and moves the parts taken of the sought after it to that whole."""
    if language != "az":
        return
    for n, request in enumerate(figures):
        if request.category != "missing" or request.parent is not None:
            continue
        trigger = request.trigger
        if trigger is None or not any(
            tokens[k].lower.startswith(_REQUEST) for k in range(trigger.first, trigger.last + 1)
        ):
            continue
        count = request.quantity.most
        wholes = [
            f for f in figures[:n]
            if f.category == "missing" and f.parent is None
            and count is not None and (f.quantity.most or 0) > count
        ]  # fmt: skip
        if not wholes:
            continue
        whole = wholes[-1]
        request.parent = whole
        for part in figures[n + 1 :]:
            if part.parent is request and _of_the_sought(tokens, part):
                part.parent = whole


def _of_the_sought(tokens: list[Token], part: Figure) -> bool:
    """Is the part named as one of "the sought" just before its count ("Axtarılanlar arasında
    90 uşaq var", "axtarılanlardan 40-ı")?"""
    first = part.quantity.first
    return any(tokens[k].lower.startswith(_THE_SOUGHT) for k in range(max(0, first - 3), first))
