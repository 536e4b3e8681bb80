"""Keyset ("cursor") paging: the next page starts after the last row shown.

No OFFSET and no COUNT(*): the cost of a page does not grow with its depth or with the size
of the table, which is what keeps the person list fast at a million rows.  The cursor is an
opaque, URL-safe token naming the last row's sort value and id.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Any

from django.db.models import Q, QuerySet


@dataclass(frozen=True)
class SortKey:
    """Order by ``field`` (never null) then by ``tie`` (an integer: the id, unless rows of
    one thing share a tie, which the next page then skips together), either way."""

    field: str
    descending: bool = False
    tie: str = "pk"

    def ordering(self) -> list[str]:
        sign = "-" if self.descending else ""
        if self.field == "pk":
            return [f"{sign}pk"]
        return [f"{sign}{self.field}", f"{sign}{self.tie}"]


@dataclass(frozen=True)
class Page:
    rows: list[Any]
    next_cursor: str | None
    is_first: bool


def encode_cursor(values: list[Any]) -> str:
    raw = json.dumps(values, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(token: str | None) -> list[Any] | None:
    """The values in a cursor, or None for a missing or unreadable one (the first page)."""
    if not token:
        return None
    try:
        padded = token + "=" * (-len(token) % 4)
        values = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
    except (ValueError, UnicodeError):
        return None
    if not isinstance(values, list) or not values or not isinstance(values[-1], int):
        return None
    return values


def _after(key: SortKey, values: list[Any]) -> Q:
    gt = "lt" if key.descending else "gt"
    if key.field == "pk":
        return Q(**{f"pk__{gt}": values[-1]})
    if len(values) != 2 or not isinstance(values[0], str | int):
        return Q(pk__in=[])
    value, tie = values
    # The redundant ``field >= value`` lets the database seek in the (case, field) index
    # instead of filtering from the top.
    bound = Q(**{f"{key.field}__{gt}e": value})
    return bound & (
        Q(**{f"{key.field}__{gt}": value}) | Q(**{key.field: value, f"{key.tie}__{gt}": tie})
    )


def keyset_page(queryset: QuerySet[Any], key: SortKey, cursor: str | None, size: int = 50) -> Page:
    values = decode_cursor(cursor)
    ordered = queryset.order_by(*key.ordering())
    if values is not None:
        ordered = ordered.filter(_after(key, values))
    rows = list(ordered[: size + 1])
    next_cursor = None
    if len(rows) > size:
        rows = rows[:size]
        next_cursor = cursor_after(rows[-1], key)
    return Page(rows=rows, next_cursor=next_cursor, is_first=values is None)


def cursor_after(row: Any, key: SortKey) -> str:
    """The cursor of the page that starts after ``row``."""
    return encode_cursor(
        [row.pk] if key.field == "pk" else [getattr(row, key.field), getattr(row, key.tie)]
    )


def sieved_keyset_page(
    walk: QuerySet[Any],
    keep: QuerySet[Any],
    key: SortKey,
    cursor: str | None,
    size: int = 50,
    *,
    chunk: int = 500,
    chunks: int = 10,
) -> Page:
    """A page of the rows of ``walk`` that ``keep`` holds too, walking ``walk`` in key order.

    For a walk the database reads cheaply in order (an index range) and a condition it
    cannot estimate: asked for both at once, a planner may read every candidate and sort
    them. Here each step reads ``chunk`` rows of the walk and keeps those ``keep`` holds
    (two queries); after ``chunks`` steps the page ends, shorter, with a cursor to go on
    from, so a rare match never makes a page read without bound.
    """
    kept: list[Any] = []
    position = cursor
    first = decode_cursor(cursor) is None
    for _ in range(chunks):
        part = keyset_page(walk, key, position, chunk)
        ids = [row.pk for row in part.rows]
        kept.extend(keep.filter(pk__in=ids).order_by(*key.ordering()) if ids else [])
        if len(kept) > size or (len(kept) == size and part.next_cursor is not None):
            return Page(kept[:size], cursor_after(kept[size - 1], key), first)
        if part.next_cursor is None:
            return Page(kept, None, first)
        position = part.next_cursor
    return Page(kept, position, first)


def bounded_count(
    queryset: QuerySet[Any], cap: int = 10_000, budget_ms: int = 75, *, distinct: str = ""
) -> tuple[int, bool] | None:
    """How many rows match, counting no further than ``cap``; None if that would be slow.

    A count is a convenience on a list, never worth a slow page: on PostgreSQL the count
    gets ``budget_ms`` and is abandoned past it (a rare filter over a million rows would
    otherwise scan them all). The capped count never reads more than ``cap`` + 1 rows;
    ``distinct`` counts distinct values of a field instead (persons among their names).
    """
    from django.db import DatabaseError, connection, transaction

    values = queryset.order_by().values(distinct or "pk")
    counted = (values.distinct() if distinct else values)[: cap + 1]
    postgresql = connection.vendor == "postgresql"
    # Inside an enclosing transaction, a setting made local in the savepoint below would
    # outlive it and hold every later query of that transaction to the budget.
    enclosed = connection.in_atomic_block
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            if postgresql:
                cursor.execute(
                    "SELECT current_setting('statement_timeout'),"
                    " set_config('statement_timeout', %s, true)",
                    [f"{int(budget_ms)}ms"],
                )
                before = cursor.fetchone()[0]
            n = counted.count()
            if postgresql and enclosed:
                cursor.execute("SELECT set_config('statement_timeout', %s, true)", [before])
    except DatabaseError:
        return None  # the savepoint rolled back, and the setting with it
    return min(n, cap), n > cap
