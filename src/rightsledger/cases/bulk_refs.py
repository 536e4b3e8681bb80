"""Which bulk history entries name a row: an index derived from the entries themselves.

A bulk entry (``actions.record_bulk_changes``: an import, a linkage run, a split) names
the rows it wrote inside its JSON, ``after["rows"][object_type][action][id] = state hash``,
up to 5,000 rows an entry.  Finding the entries that wrote one row by searching that JSON
reads every bulk entry of the case — hundreds of megabytes at a million persons — so each
entry's rows are also written to ``BulkRowRef``, one row per (object type, id, entry), in
the entry's own transaction.

The index is derived data.  The entries are the record: the chain's hashes cover them and
not the index, bags carry the entries and not the index (an import rebuilds it), and
``fill_from_history`` rebuilds it from the entries (the migration that introduced it
does).  ``verify`` compares it with the entries (``RefCheck``): a row an entry names that
the index lacks, or an index row its entry does not name, is a finding, since a page that
reads the index would silently show a row's history without that entry.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import repeat
from typing import Any

from django.db import connections, router

from rightsledger.cases.history import ChainProblem
from rightsledger.cases.models import BulkRowRef, HistoryEntry

BULK = HistoryEntry.Action.BULK
#: Index rows inserted per statement.
REF_BATCH = 5000
#: Bulk entries read at a time when filling the index from the history (about 5,000 rows
#: and a few hundred kilobytes of JSON each).
ENTRIES_PER_PAGE = 20
#: Rows named in one finding; the rest are counted.
NAMED = 5

Row = tuple[str, str]  # (object type, id as the entry writes it)


def named_rows(after: Any) -> set[Row]:
    """Every row a bulk entry's ``after`` names, whatever was done to it (a row created and
    changed by one bulk write is one row)."""
    rows = after.get("rows") if isinstance(after, dict) else None
    found: set[Row] = set()
    if not isinstance(rows, dict):
        return found
    for object_type, by_action in rows.items():
        if not isinstance(by_action, dict):
            continue
        for ids in by_action.values():
            if isinstance(ids, dict):  # JSON keys: the ids are strings already
                found.update(zip(repeat(object_type), ids))
    return found


def index_entries(entries: Iterable[HistoryEntry]) -> int:
    """Write the index rows of ``entries`` (bulk entries; other entries name their one row
    in ``object_type``/``object_id``).  Inside the transaction that wrote the entries."""
    return _write(BulkRowRef, ((e.pk, e.after) for e in entries if e.action == BULK))


def fill_from_history(
    entry_model: type[Any] = HistoryEntry,
    ref_model: type[Any] = BulkRowRef,
    *,
    chain: str | None = None,
) -> int:
    """Index every bulk entry in the database (or of one chain), reading them a page at a
    time; the index must not hold them yet.  The models are parameters so that a migration
    can pass its historical ones."""
    bulk = entry_model.objects.filter(action=BULK).order_by("pk")
    if chain is not None:
        bulk = bulk.filter(chain=chain)
    last, written = 0, 0
    while True:
        page = list(bulk.filter(pk__gt=last).values_list("pk", "after")[:ENTRIES_PER_PAGE])
        if not page:
            return written
        written += _write(ref_model, page)
        last = page[-1][0]


def _write(ref_model: type[Any], entries: Iterable[tuple[int, Any]]) -> int:
    rows: list[tuple[str, str, int]] = []
    written = 0
    for entry_id, after in entries:
        rows += [(object_type, object_id, entry_id) for object_type, object_id in named_rows(after)]
        if len(rows) >= REF_BATCH:
            _insert(ref_model, rows)
            written, rows = written + len(rows), []
    if rows:
        _insert(ref_model, rows)
    return written + len(rows)


def _insert(ref_model: type[Any], rows: list[tuple[str, str, int]]) -> None:
    """Index rows written without building a model instance and its SQL per row, which
    made ``bulk_create`` cost more than the rest of a bulk write's history: PostgreSQL
    takes them by COPY (four times as fast as one INSERT a row there), SQLite by one
    prepared INSERT run for every row (``bench/person_page.py``).  The statements hold only
    the model's own table and column names."""
    meta = ref_model._meta
    connection = connections[router.db_for_write(ref_model)]
    quote = connection.ops.quote_name
    table = quote(meta.db_table)
    columns = ", ".join(
        quote(meta.get_field(name).column) for name in ("object_type", "object_id", "entry")
    )
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            sql = f"INSERT INTO {table} ({columns}) VALUES (%s, %s, %s)"  # noqa: S608
            cursor.executemany(sql, rows)


class RefCheck:
    """Whether the index agrees with one chain's entries.

    ``visit`` is given every entry of the walk in order (``verify_chain``'s ``visit``,
    which has read each entry already); each bulk entry's rows are compared with its index
    rows.  ``problems`` then also names index rows that hang on entries that are not bulk
    entries.  With ``since``, only the entries from that link on.
    """

    def __init__(self, chain: str, since: int = 1) -> None:
        self.chain, self.since = chain, since
        self._problems: list[ChainProblem] = []

    def visit(self, entry: HistoryEntry) -> None:
        if entry.action != BULK:
            return
        named = named_rows(entry.after)
        indexed = set(
            BulkRowRef.objects.filter(entry_id=entry.pk).values_list("object_type", "object_id")
        )
        if named != indexed:
            for wrong, what in ((named - indexed, "lacks"), (indexed - named, "has")):
                if wrong:
                    problem = _finding(wrong, what)
                    self._problems.append(ChainProblem(self.chain, entry.sequence, problem))

    def problems(self) -> list[ChainProblem]:
        stray = (
            BulkRowRef.objects.filter(entry__chain=self.chain, entry__sequence__gte=self.since)
            .exclude(entry__action=BULK)
            .order_by("entry__sequence")
            .values_list("entry__sequence", flat=True)
            .distinct()
        )
        for sequence in stray:
            self._problems.append(ChainProblem(
                self.chain, sequence, "the index of bulk rows names rows of this entry, "
                "which is not a bulk entry (index out of step with the history)",
            ))  # fmt: skip
        return self._problems


def _finding(rows: set[Row], what: str) -> str:
    shown = ", ".join(f"{t} {i}" for t, i in sorted(rows)[:NAMED])
    more = f" and {len(rows) - NAMED} more" if len(rows) > NAMED else ""
    verb = "names" if what == "lacks" else "does not name"
    return (
        f"the index of bulk rows {what} {len(rows)} row{'s' if len(rows) != 1 else ''} "
        f"this entry {verb} ({shown}{more}; index out of step with the history)"
    )
