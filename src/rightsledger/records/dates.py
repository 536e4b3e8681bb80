"""Dates as entered: the precision a date is stored with follows what was given.

A date field holds a full calendar date; its precision says how much of it is known. A
full date entered without a precision (left "unknown" or blank) is an exact day: storing
it as "unknown" would make an exactly dated event look undated. A precision that was
chosen (month, year, approximate) is kept, and no date means nothing is known.

The same rule serves the browser's forms, the API and imported lists.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from django.db.models import Model

from rightsledger.records.vocabulary import DatePrecision

# Every date of the record and the field holding its precision.
PRECISION_OF = {
    "start_date": "start_precision",
    "end_date": "end_precision",
    "date": "date_precision",
    "birth_date": "birth_precision",
}


def precision_for(date: dt.date | None, precision: str | None) -> str:
    """The precision to store for ``date`` entered with ``precision`` (may be blank)."""
    if date is not None and precision in (None, "", DatePrecision.UNKNOWN):
        return DatePrecision.DAY
    return precision or DatePrecision.UNKNOWN


def with_precisions(
    model: type[Model], values: Mapping[str, Any], current: Any = None
) -> dict[str, Any]:
    """``values`` (fields of ``model`` about to be written) with each date's precision settled.

    ``current`` is the record being changed, if any: a date changed alone is judged with the
    precision already stored, and a precision changed alone with the stored date.
    """
    names = {field.name for field in model._meta.get_fields()}
    settled = dict(values)
    for date_field, precision_field in PRECISION_OF.items():
        if precision_field not in names or (
            date_field not in values and precision_field not in values
        ):
            continue
        date = values.get(date_field, getattr(current, date_field, None))
        precision = values.get(precision_field, getattr(current, precision_field, None))
        settled[precision_field] = precision_for(date, precision)
    return settled
