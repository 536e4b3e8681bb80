"""Inserting, updating and deleting many rows at once, for the bulk write paths (imports,
linkage).

Django's ``bulk_update`` sends one statement per batch with a ``CASE WHEN pk = … THEN …``
expression per field: building it costs Python time that grows with the batch (every value
an expression object, resolved and compiled), and the database then tests each row against
every branch. At 5,000 records linked, most of the write-back's time went there.
``update_rows`` sends instead, on PostgreSQL, one ``UPDATE … FROM unnest(…)`` per tens of
thousands of rows (the table joined by primary key to the new values, one array a column), and
on SQLite one plain ``UPDATE … WHERE pk = ?`` per row from one prepared statement
(``executemany``: in process, no round trips). The semantics are ``bulk_update``'s: the given
fields, each row's current attribute values, no signals, no ``save()``. ``delete_rows``
deletes rows by primary key in the same way, without Django's deletion collector.

Many values go to PostgreSQL as one array parameter, not one placeholder each: psycopg
splits a statement at every placeholder on the client, which cost more than running the
statements did (1.5 s of the write-back of 19,000 records, for 150,000 placeholders), and
the server then parses each. ``OneOf`` is the filter ``field IN (…)`` in that form.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from django.db import connections, models, router, transaction
from django.db.models import Lookup
from django.dispatch import Signal

_M = TypeVar("_M", bound=models.Model)

#: Rows per statement on PostgreSQL. Large, because each statement costs a fixed part that
#: grows with the tables, not the rows (the table's scan when joined to the values, and the
#: name-word triggers, which run once per statement over its changed rows): updating 30,000
#: names among 400,000 took 37.5 s in statements of 2,000 rows, 7.7 s of 10,000, 5.0 s of 30,000.
CHUNK = 25_000


def update_rows(model: type[Any], rows: Sequence[Any], fields: Sequence[str]) -> None:
    """Write ``fields`` of each of ``rows`` (instances of ``model`` with a primary key)."""
    if not rows or not fields:
        return
    attnames = [model._meta.get_field(name).attname for name in fields]
    update_values(
        model, fields, [[row.pk, *(getattr(row, name) for name in attnames)] for row in rows]
    )


def update_values(model: type[Any], fields: Sequence[str], values: Sequence[Sequence[Any]],
                  ) -> None:  # fmt: skip
    """``update_rows`` for rows given as values, not instances: ``values`` holds for each
    row its primary key, then its new value of each of ``fields``."""
    if not values or not fields:
        return
    meta = model._meta
    connection = connections[router.db_for_write(model)]
    concrete = [meta.get_field(name) for name in fields]

    def _prepare(field: Any, value: Any) -> Any:
        return field.get_db_prep_save(value, connection)

    prepared = [[row[0], *map(_prepare, concrete, row[1:])] for row in values]
    quote = connection.ops.quote_name
    table, key = quote(meta.db_table), quote(meta.pk.column)
    with connection.cursor() as cursor:
        if connection.vendor != "postgresql":
            assignments = ", ".join(f"{quote(f.column)} = %s" for f in concrete)
            cursor.executemany(
                f"UPDATE {table} SET {assignments} WHERE {key} = %s",  # noqa: S608
                [[*row[1:], row[0]] for row in prepared],
            )
            return
        # PostgreSQL: one statement per chunk joining the table to the new values, one
        # array a column, each cast to an array of its column's type (so that a column of
        # NULLs is still the column's type).
        fields_sql = [meta.pk, *concrete]
        arrays = ", ".join(f"CAST(%s AS {f.cast_db_type(connection)}[])" for f in fields_sql)
        names = ["k", *(f"v{i}" for i in range(len(concrete)))]
        assignments = ", ".join(f"{quote(f.column)} = new.v{i}" for i, f in enumerate(concrete))
        sql = (
            f"UPDATE {table} SET {assignments} FROM unnest({arrays}) "  # noqa: S608
            f"AS new ({', '.join(names)}) WHERE {table}.{key} = new.k"
        )
        for start in range(0, len(prepared), CHUNK):
            columns = zip(*prepared[start : start + CHUNK], strict=True)
            cursor.execute(sql, [list(column) for column in columns])


class OneOf(Lookup):
    """``OneOf(F("field"), values)``, a filter: the field's value is one of ``values``, sent
    as one parameter (an array on PostgreSQL, a JSON array on SQLite) rather than one a
    value as ``field__in`` sends them. For the thousands of ids of a bulk write; the values
    must be numbers or text."""

    lookup_name = "one_of"
    prepare_rhs = False

    def as_sql(self, compiler: Any, connection: Any) -> Any:
        lhs, params = self.process_lhs(compiler, connection)
        values = list(self.rhs)
        if connection.vendor == "postgresql":
            element = self.lhs.output_field.cast_db_type(connection)
            return f"{lhs} = ANY(CAST(%s AS {element}[]))", (*params, values)
        sql = f"{lhs} IN (SELECT value FROM json_each(%s))"  # noqa: S608
        return sql, (*params, json.dumps(values))


#: Sent by ``delete_rows`` before it deletes, once for all its rows: ``sender`` the model,
#: ``pks`` the rows' primary keys, ``using`` the database. The bulk counterpart of
#: ``pre_delete``, which a deletion without Django's collector does not send; a receiver
#: refuses the deletion by raising (as ``legal.integrity`` does for rows an element of a
#: legal qualification rests on).
rows_deleting = Signal()


def delete_rows(model: type[Any], pks: Sequence[Any]) -> None:
    """Delete the rows of ``model`` with primary keys ``pks``, without Django's collector.

    A queryset's ``delete()`` fetches every row as an instance, looks for the rows of every
    related table that would go with it, and sends ``pre_delete`` for each row (linkage
    retiring 12,286 persons spent 18 s there). Here nothing cascades and nothing is set to
    NULL: the caller deletes only rows nothing refers to (the database's foreign keys refuse
    the others, at the latest at commit) and records their states itself. ``rows_deleting``
    is sent once first. On PostgreSQL one statement per ``CHUNK`` rows, on SQLite one
    prepared ``DELETE`` run for every row.
    """
    if not pks:
        return
    using = router.db_for_write(model)
    rows_deleting.send(sender=model, pks=pks, using=using)
    connection = connections[using]
    meta = model._meta
    quote = connection.ops.quote_name
    table, key = quote(meta.db_table), quote(meta.pk.column)
    with connection.cursor() as cursor:
        if connection.vendor != "postgresql":
            cursor.executemany(f"DELETE FROM {table} WHERE {key} = %s",  # noqa: S608
                               [[pk] for pk in pks])  # fmt: skip
            return
        key_type = meta.pk.cast_db_type(connection)
        for start in range(0, len(pks), CHUNK):
            cursor.execute(
                f"DELETE FROM {table} WHERE {key} = ANY(CAST(%s AS {key_type}[]))",  # noqa: S608
                [list(pks[start : start + CHUNK])],
            )


#: Field types whose Python values the database driver takes as the column's value
#: unchanged, so that a bulk insert need not ask the field to prepare each one (psycopg
#: also takes dates; SQLite's driver adapts them only through a deprecated default).
_PLAIN_FIELDS = (
    models.AutoField, models.BigAutoField, models.BooleanField, models.CharField,
    models.ForeignKey, models.IntegerField, models.TextField,
)  # fmt: skip
_PLAIN_FIELDS_POSTGRESQL = (*_PLAIN_FIELDS, models.DateField)


def _computes_on_save(field: Any) -> bool:
    """Whether ``field`` gives a row its value only as the row is saved (``auto_now``, a
    file's storage): then an insert must ask it, not read the value the row holds."""
    if type(field).pre_save is models.Field.pre_save:
        return False
    return not (isinstance(field, models.DateField) and not field.auto_now
                and not field.auto_now_add)  # fmt: skip


def insert_rows(model: type[Any], rows: Sequence[Any]) -> None:
    """Insert ``rows`` (new, unsaved instances of ``model``) and give each its primary key.

    The semantics are ``bulk_create``'s (no signals, no ``save()``, a field's ``pre_save``
    applied), so a caller may pass on the instances, ids set, as written. ``bulk_create``
    spends most of an import's time turning every value into an expression, compiling it
    and sending it as a parameter (20,000 list rows make 130,000 rows): here the rows'
    values are sent as they are (``_insert_values``). A model whose key is not drawn by the
    database takes ``bulk_create``.
    """
    if not rows:
        return
    connection = connections[router.db_for_write(model)]
    if not _draws_keys(model, connection):
        model.objects.bulk_create(rows, batch_size=5000)
        return
    fields = [f for f in model._meta.concrete_fields if not f.generated]
    for row in rows:
        # As bulk_create: a related object saved after it was assigned gives its id; one
        # never saved is refused (ValueError) before anything is sent, not written as NULL.
        row._prepare_related_fields_for_save(operation_name="bulk_create")
    values = [
        [f.pre_save(row, True) if _computes_on_save(f) else getattr(row, f.attname)
         for f in fields]
        for row in rows
    ]  # fmt: skip
    pk_at = fields.index(model._meta.pk)
    _insert_values(model, fields, values, pk_at, connection)
    for row, row_values in zip(rows, values, strict=True):
        row.pk = row_values[pk_at]
        row._state.adding, row._state.db = False, connection.alias


def _draws_keys(model: type[Any], connection: Any) -> bool:
    return isinstance(model._meta.pk, models.AutoField | models.BigAutoField) and (
        connection.vendor in ("postgresql", "sqlite")
    )


def _insert_values(model: type[Any], fields: Sequence[Any], rows: Sequence[list[Any]],
                   pk_at: int, connection: Any) -> None:  # fmt: skip
    """Insert ``rows`` of ``model`` given as values in ``fields``' order, each row's key
    drawn first, in the rows' order, and written into its place ``pk_at``: on PostgreSQL
    from the table's sequence, then one ``COPY``; on SQLite after the table's highest id
    ever given (its ``sqlite_sequence``; the write lock is held, so no other writer can
    take them), then one prepared ``INSERT`` run for every row."""
    meta = model._meta
    quote = connection.ops.quote_name
    table = quote(meta.db_table)
    columns = ", ".join(quote(f.column) for f in fields)
    plain = _PLAIN_FIELDS_POSTGRESQL if connection.vendor == "postgresql" else _PLAIN_FIELDS
    # The fields whose values the database takes only as the field prepares them (a
    # date and time: its time zone).
    prepared = [(i, f) for i, f in enumerate(fields)
                if not isinstance(f, plain) or isinstance(f, models.DateTimeField)]  # fmt: skip

    def database_values(row: list[Any]) -> list[Any]:
        if not prepared:
            return row
        out = row.copy()
        for i, field in prepared:
            out[i] = field.get_db_prep_save(row[i], connection)
        return out

    with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                [meta.db_table, meta.pk.column, len(rows)],
            )
            ids = sorted(row[0] for row in cursor.fetchall())
            with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row, pk in zip(rows, ids, strict=True):
                    row[pk_at] = pk
                    copy.write_row(database_values(row))
        else:
            cursor.execute(
                f"SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = %s), 0), "  # noqa: S608
                f"coalesce((SELECT max({quote(str(meta.pk.column))}) FROM {table}), 0))",
                [meta.db_table],
            )
            first = cursor.fetchone()[0] + 1
            for pk, row in enumerate(rows, start=first):
                row[pk_at] = pk
            marks = ", ".join(["%s"] * len(fields))
            cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})",  # noqa: S608
                               [database_values(row) for row in rows])  # fmt: skip


def _new_row_template(model: type[Any]) -> tuple[dict[str, int], list[Any], list[tuple[int, Any]]]:
    """For building new rows of ``model`` in its concrete fields' order: each attname's
    place, the defaults (None for the key), and the fields whose default is made afresh
    for each row (a new list or dict, never one shared)."""
    fields = model._meta.concrete_fields
    index = {f.attname: i for i, f in enumerate(fields)}
    defaults = [None if f.primary_key else f.get_default() for f in fields]
    fresh = [(i, f) for i, f in enumerate(fields) if f.has_default() and callable(f.default)]
    return index, defaults, fresh


def row_maker(model: type[_M]) -> Callable[..., _M]:
    """A constructor of new ``model`` instances from values by attname (``case_id=…``),
    the fields not given holding their defaults, as ``model(**values)`` would.

    It builds each instance from values in field order, which Django takes without looking
    up each keyword and each field's default: a third less time, for bulk writes that make
    hundreds of thousands of rows."""
    index, defaults, fresh = _new_row_template(model)

    def make(**values: Any) -> _M:
        row = defaults.copy()
        for i, field in fresh:
            row[i] = field.get_default()
        for name, value in values.items():
            row[index[name]] = value
        return model(*row)

    return make


class NewRows:
    """New rows of one model held as lists of values in its concrete fields' order, not
    as instances, for writes of hundreds of thousands of rows: an instance costs more to
    build, to read for the insert and to read for its state than the row's values do
    (an import of 20,000 list rows makes 130,000 rows). ``insert`` writes them and puts
    each one's new key in its place; ``cases.state.RowStates.add_values`` takes their
    states for the history, the same hash as an instance holding the values."""

    def __init__(self, model: type[Any]) -> None:
        fields = model._meta.concrete_fields
        odd = [f.name for f in fields if f.generated or _computes_on_save(f)]
        if odd:  # such a field's value is made by the model or the database on saving
            raise TypeError(f"{model.__name__}: fields {odd} need instances (insert_rows)")
        self.model = model
        self.index, self._defaults, self._fresh = _new_row_template(model)
        self.pk_at = self.index[model._meta.pk.attname]
        self._view_index = {**self.index, "pk": self.pk_at}
        self.rows: list[list[Any]] = []
        self._written = False

    def add(self, **values: Any) -> list[Any]:
        """A new row with ``values`` by attname, the other fields at their defaults."""
        row = self._defaults.copy()
        for i, field in self._fresh:
            row[i] = field.get_default()
        index = self.index
        for name, value in values.items():
            row[index[name]] = value
        self.rows.append(row)
        return row

    def view(self, row: list[Any]) -> Any:
        """``row`` read by attribute (``.pk``, ``.person_id``), for rules written for
        instances; it reads the row as it stands (its key once inserted)."""
        return _RowView(self.model, self._view_index, row)

    def pk(self, row: list[Any]) -> Any:
        return row[self.pk_at]

    def insert(self) -> None:
        """Write the rows (once), each then holding its new key."""
        if self._written:
            raise RuntimeError(f"{self.model.__name__}: these rows are written already")
        self._written = True
        if not self.rows:
            return
        connection = connections[router.db_for_write(self.model)]
        if not _draws_keys(self.model, connection):
            raise TypeError(f"{self.model.__name__}: its keys are not drawn by the database")
        _insert_values(self.model, self.model._meta.concrete_fields, self.rows, self.pk_at,
                       connection)  # fmt: skip


class _RowView:
    """A row of values read by attribute: a field by its attname, a property of the model
    (``SourceRecord.display_name``) computed from the fields as for an instance."""

    __slots__ = ("_index", "_model", "_row")

    def __init__(self, model: type[Any], index: dict[str, int], row: list[Any]) -> None:
        self._model, self._index, self._row = model, index, row

    def __getattr__(self, name: str) -> Any:
        at = self._index.get(name)
        if at is not None:
            return self._row[at]
        computed = getattr(self._model, name, None)
        if isinstance(computed, property) and computed.fget is not None:
            return computed.fget(self)
        raise AttributeError(name)
