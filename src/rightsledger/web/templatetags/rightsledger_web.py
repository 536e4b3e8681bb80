"""Template helpers: dates with their precision, locale-formatted numbers, query strings."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from django import template
from django.http import QueryDict
from django.utils import formats
from django.utils.translation import gettext as _

register = template.Library()


@register.simple_tag
def fuzzy_date(value: dt.date | None, precision: str = "day", as_stated: str = "") -> str:
    """A date shown no more precisely than it is known, in the user's locale."""
    if value is None:
        return as_stated or _("date unknown")
    if precision == "year":
        return str(value.year)
    if precision == "month":
        return formats.date_format(value, "YEAR_MONTH_FORMAT")
    shown = formats.date_format(value, "DATE_FORMAT")
    if precision == "approximate":
        return _("about %(date)s") % {"date": shown}
    return shown


@register.filter
def num(value: Any) -> str:
    """A count with the locale's digit grouping (1,234 / 1 234)."""
    if value is None:
        return "—"
    return formats.number_format(value, force_grouping=True)


@register.simple_tag
def with_query(query: str, **changes: Any) -> str:
    """The current query string with some parameters replaced (or removed when empty)."""
    params = QueryDict(query, mutable=True)
    for key, value in changes.items():
        params.pop(key, None)
        if value not in (None, ""):
            params[key] = str(value)
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.filter
def pretty_json(value: Any) -> str:
    if value is None:
        return ""
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True)


@register.filter
def history_type(object_type: str) -> str:
    labels = {
        "records.person": _("person"), "records.personname": _("name"),
        "records.event": _("event"), "records.act": _("act"), "records.place": _("place"),
        "records.placename": _("place name"), "records.involvement": _("involvement"),
        "records.statusrecord": _("status"), "records.relationship": _("family link"),
        "records.source": _("source"), "records.claim": _("claim"), "cases.case": _("case"),
        "cases.membership": _("membership"),
    }  # fmt: skip
    return str(labels.get(object_type, object_type))
