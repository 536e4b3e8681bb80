"""Updating many rows' fields at once, for the bulk write paths (imports, linkage).

Django's ``bulk_update`` sends one statement per batch with a ``CASE WHEN pk = … THEN …``
expression per field: building it costs Python time that grows with the batch (every value
an expression object, resolved and compiled), and the database then tests each row against
every branch. At 5,000 records linked, most of the write-back's time went there.
``update_rows`` sends instead, on PostgreSQL, one ``UPDATE … FROM (VALUES …)`` per tens of
thousands of rows (the table joined to the new values by primary key), and on SQLite one plain
``UPDATE … WHERE pk = ?`` per row from one prepared statement (``executemany``: in process,
no round trips). The semantics are ``bulk_update``'s: the given fields, each row's
current attribute values, no signals, no ``save()``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db import connections, router

#: Rows per statement on PostgreSQL. Large, because each statement costs a fixed part that
#: grows with the tables, not the rows (the table's scan when joined to the values, and the
#: name-word triggers, which run once per statement over its changed rows): updating 30,000
#: names among 400,000 took 37.5 s in statements of 2,000 rows, 7.7 s of 10,000, 5.0 s of 30,000.
CHUNK = 25_000


def update_rows(model: type[Any], rows: Sequence[Any], fields: Sequence[str]) -> None:
    """Write ``fields`` of each of ``rows`` (instances of ``model`` with a primary key)."""
    if not rows or not fields:
        return
    meta = model._meta
    connection = connections[router.db_for_write(model)]
    concrete = [meta.get_field(name) for name in fields]
    values = [
        [row.pk, *(f.get_db_prep_save(getattr(row, f.attname), connection) for f in concrete)]
        for row in rows
    ]
    quote = connection.ops.quote_name
    table, key = quote(meta.db_table), quote(meta.pk.column)
    with connection.cursor() as cursor:
        if connection.vendor != "postgresql":
            assignments = ", ".join(f"{quote(f.column)} = %s" for f in concrete)
            cursor.executemany(
                f"UPDATE {table} SET {assignments} WHERE {key} = %s",  # noqa: S608
                [[*row[1:], row[0]] for row in values],
            )
            return
        # PostgreSQL: one statement per chunk joining the table to the new values. Each
        # value is cast to its column's type, so that a column of NULLs (or of numbers
        # quoted as text) is still the column's type.
        names = ["k", *(f"v{i}" for i in range(len(concrete)))]
        assignments = ", ".join(
            f"{quote(f.column)} = CAST(new.v{i} AS {f.cast_db_type(connection)})"
            for i, f in enumerate(concrete)
        )
        row_slots = "(" + ", ".join(["%s"] * len(names)) + ")"
        for start in range(0, len(values), CHUNK):
            chunk = values[start : start + CHUNK]
            cursor.execute(
                f"UPDATE {table} SET {assignments} FROM (VALUES "  # noqa: S608
                + ", ".join([row_slots] * len(chunk))
                + f") AS new ({', '.join(names)}) WHERE {table}.{key} = CAST(new.k AS "
                f"{meta.pk.cast_db_type(connection)})",
                [value for row in chunk for value in row],
            )
