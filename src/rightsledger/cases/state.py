"""The state of a row as the history vouches for it (replaying the history: ``cases.replay``).

Every history entry that creates or changes a row carries ``state_hash``: the SHA-256 of the
row's canonical state after the change (bulk entries carry one per row).  ``verify``
replays the chains to learn the last recorded state of every row, recomputes each row's
hash from the database and compares — so a row edited behind the application's back, a row
nobody recorded, and a row that vanished without a deletion are all found.

The canonical state is the same whether it is computed from an object in memory, from
values read from the database or from a snapshot in an old history entry:

* date-times in UTC, decimals to the field's places, floats as floats, binary as hex;
* references to content types by natural key and to history entries by chain and
  sequence (their ids belong to an installation, and a restored bag gets new ones);
* a field holding its default is left out, so adding a field with a default to a model
  leaves the recorded states of existing rows valid (setting it later changes the hash);
* references to accounts that are nulled when the account is removed (``SET_NULL``: who
  imported, who decided) are left out: that removal is not a change of the case's record,
  and bags do not carry accounts.  A membership's user is part of its state.
"""

from __future__ import annotations

import datetime as dt
import decimal
import hashlib
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from django.conf import settings
from django.db import models

from rightsledger.cases.history import CANONICAL_ENCODER

try:
    from _json import encode_basestring as _encode_text  # the encoder's own, in C
except ImportError:  # pragma: no cover - CPython always has it
    from json.encoder import py_encode_basestring as _encode_text


def _utc(value: Any) -> Any:
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        value = value.astimezone(dt.UTC)
    return value.isoformat() if isinstance(value, dt.datetime) else value


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date | dt.time) else value


def _day(value: Any) -> Any:
    return value.date().isoformat() if isinstance(value, dt.datetime) else _iso(value)


def _hex(value: Any) -> Any:
    return bytes(value).hex() if isinstance(value, bytes | memoryview) else value


def _text(value: Any) -> Any:
    return str(value)


def _float(value: Any) -> Any:
    return float(value)


def _decimal(places: int | None) -> Callable[[Any], Any]:
    def canonical(value: Any) -> Any:
        number = decimal.Decimal(str(value))
        if places is not None:
            number = number.quantize(decimal.Decimal(1).scaleb(-places))
        return str(number)

    return canonical


def _content_type(value: Any) -> Any:
    from django.contrib.contenttypes.models import ContentType

    if isinstance(value, str):
        return value  # canonical already
    if isinstance(value, list | tuple):  # a natural key (a bag's form)
        return ".".join(value)
    content_type = ContentType.objects.get_for_id(value)
    return f"{content_type.app_label}.{content_type.model}"


def _history_link(value: Any) -> Any:
    from rightsledger.cases.models import HistoryEntry

    if isinstance(value, str):
        return value
    if isinstance(value, list | tuple):
        return f"{value[0]}#{value[1]}"
    entry = HistoryEntry.objects.only("chain", "sequence").get(pk=value)
    return f"{entry.chain}#{entry.sequence}"


def _converter(field: models.Field[Any, Any]) -> Callable[[Any], Any] | None:
    """How a value of ``field`` becomes canonical (None: it already is)."""
    from django.contrib.contenttypes.models import ContentType

    from rightsledger.cases.models import HistoryEntry

    if field.is_relation:
        if field.related_model is ContentType:
            return _content_type
        if field.related_model is HistoryEntry:
            return _history_link
        return None
    if isinstance(field, models.DateTimeField):
        return _utc
    if isinstance(field, models.DateField):
        return _day
    if isinstance(field, models.TimeField):
        return _iso
    if isinstance(field, models.DecimalField):
        return _decimal(field.decimal_places)
    if isinstance(field, models.FloatField):
        return _float
    if isinstance(field, models.BinaryField):
        return _hex
    if isinstance(field, models.UUIDField | models.DurationField):
        return _text
    return None


def _is_account_trace(field: models.Field[Any, Any]) -> bool:
    if not field.is_relation or field.related_model is None:
        return False
    meta = field.related_model._meta
    is_account = f"{meta.app_label}.{meta.object_name}" == settings.AUTH_USER_MODEL
    on_delete = getattr(getattr(field, "remote_field", None), "on_delete", None)
    return is_account and on_delete is models.SET_NULL


@dataclass(frozen=True)
class StateSpec:
    """What makes up one model's canonical state: its fields, sorted by attname."""

    label: str
    attnames: tuple[str, ...]  # sorted, as canonical JSON orders keys
    converters: tuple[Callable[[Any], Any] | None, ...]
    defaults: tuple[Any, ...]
    # Fields written by the model itself from other fields (``editable=False``, not a
    # reference): old history diffs did not always carry them.
    derived: frozenset[str]
    prefixes: tuple[str, ...]  # '"name":' for each field

    def state(self, values: Iterable[Any], *, legacy: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {}
        skip = self.derived if legacy else ()
        for name, convert, default, value in zip(
            self.attnames, self.converters, self.defaults, values, strict=True
        ):
            if value is _MISSING:
                continue  # not in an old snapshot: the field did not exist, so its default
            if convert is not None and value is not None:
                value = convert(value)
            if value == default or name in skip:
                continue
            out[name] = value
        return out

    def digest(self, values: Iterable[Any], *, legacy: bool = False) -> bytes:
        """SHA-256 of ``canonical_json(self.state(values))``, built without the dict.

        This runs for every row ``verify`` reads (millions), so the JSON is written here
        directly: keys in sorted order (``attnames`` is sorted), each value as the canonical
        encoder writes it.  A test holds it equal to the plain form.
        """
        parts = []
        skip = self.derived if legacy else ()
        for prefix, name, convert, default, value in zip(
            self.prefixes, self.attnames, self.converters, self.defaults, values, strict=True
        ):
            if value is _MISSING:
                continue
            if convert is not None and value is not None:
                value = convert(value)
            if value == default or name in skip:
                continue
            kind = type(value)
            if kind is str:
                parts.append(prefix + _encode_text(value))
            elif kind is int:
                parts.append(prefix + int.__repr__(value))
            elif value is None:
                parts.append(prefix + "null")
            else:
                parts.append(prefix + CANONICAL_ENCODER.encode(value))
        return hashlib.sha256(("{" + ",".join(parts) + "}").encode("utf-8")).digest()

    def digest_of(self, snapshot: Mapping[str, Any], *, legacy: bool = False) -> bytes:
        """The digest of a snapshot by attname (as history entries hold them)."""
        return self.digest((snapshot.get(name, _MISSING) for name in self.attnames), legacy=legacy)


_MISSING: Any = object()
_NEVER: Any = object()


@cache
def state_spec(model: type[models.Model]) -> StateSpec:
    fields = sorted(
        (f for f in model._meta.concrete_fields if not _is_account_trace(f)),
        key=lambda f: f.attname,
    )
    converters = tuple(_converter(f) for f in fields)
    defaults = []
    for field, convert in zip(fields, converters, strict=True):
        default = field.get_default() if not field.primary_key else None
        if default is not None and convert is not None:
            try:
                default = convert(default)
            except (TypeError, ValueError, LookupError):
                default = _NEVER  # no value equals it: the field is always kept
        defaults.append(default)
    derived = frozenset(f.attname for f in fields if not f.editable and not f.is_relation)
    return StateSpec(
        label=model._meta.label_lower,
        attnames=tuple(f.attname for f in fields),
        converters=converters,
        defaults=tuple(defaults),
        derived=derived,
        prefixes=tuple(_encode_text(f.attname) + ":" for f in fields),
    )


@cache
def _concrete_order(model: type[models.Model]) -> tuple[StateSpec, tuple[int, ...], int]:
    """``model``'s state spec, where each of its fields is among the model's concrete
    fields, and where the primary key is."""
    spec = state_spec(model)
    at = {f.attname: i for i, f in enumerate(model._meta.concrete_fields)}
    return spec, tuple(at[name] for name in spec.attnames), at[model._meta.pk.attname]


def state_digest(obj: models.Model) -> bytes:
    spec = state_spec(type(obj))
    return spec.digest(getattr(obj, name) for name in spec.attnames)


def state_hash(obj: models.Model) -> str:
    """SHA-256 (hex) of a row's canonical state, as the history records it."""
    return state_digest(obj).hex()


@dataclass(frozen=True, slots=True)
class RowState:
    """A row as a bulk history entry names it (``actions.record_bulk_changes``): its
    model's label, its id and its ``state_hash``, taken from values read in bulk rather
    than from an instance (bulk writes that move or delete tens of thousands of rows read
    them as tuples, a fraction of the cost of building an instance each)."""

    label: str
    pk: Any
    digest: str


class RowStates:
    """States of rows a bulk write made, kept compactly until its history is written: the
    model's label (by index), the integer id and the 32-byte digest of each, taken as the
    row is written (an import of a million-row list names some seven million rows; their
    instances, or a ``RowState`` object each, would need several gigabytes until then).
    Iterating gives their ``RowState``s in the order they were added."""

    def __init__(self) -> None:
        self._clear()

    def _clear(self) -> None:
        self._labels: list[str] = []
        self._label_at: dict[str, int] = {}
        self._kinds = array("H")
        self._ids = array("q")
        self._digests = bytearray()

    def _kind(self, label: str) -> int:
        if label not in self._label_at:
            self._label_at[label] = len(self._labels)
            self._labels.append(label)
        return self._label_at[label]

    def add(self, obj: models.Model) -> None:
        """Take ``obj``'s state as it stands (it must not change again before the history)."""
        self._kinds.append(self._kind(state_spec(type(obj)).label))
        self._ids.append(obj.pk)
        self._digests += state_digest(obj)

    def add_values(self, model: type[models.Model], values: Sequence[Any]) -> None:
        """Take the state of a row of ``model`` given as its values in the model's concrete
        fields' order (``bulk_writes.NewRows``): the hash of an instance holding them."""
        spec, order, pk_at = _concrete_order(model)
        self._kinds.append(self._kind(spec.label))
        self._ids.append(values[pk_at])
        self._digests += spec.digest([values[at] for at in order])

    def take(self, other: RowStates) -> None:
        """Add ``other``'s states after these, emptying ``other``."""
        kinds = [self._kind(label) for label in other._labels]
        self._kinds.extend(kinds[kind] for kind in other._kinds)
        self._ids.extend(other._ids)
        self._digests += other._digests
        other._clear()

    def __len__(self) -> int:
        return len(self._ids)

    def __iter__(self) -> Iterator[RowState]:
        for at, (kind, pk) in enumerate(zip(self._kinds, self._ids, strict=True)):
            yield RowState(self._labels[kind], pk, self._digests[at * 32 : at * 32 + 32].hex())

    def __contains__(self, item: object) -> bool:
        return any(item == state for state in self)


def state_values(queryset: Any) -> Any:
    """``queryset``'s rows as tuples of the values their state is made of, in
    ``state_spec(model).attnames`` order (for ``row_state``)."""
    return queryset.values_list(*state_spec(queryset.model).attnames)


def row_state(model: type[models.Model], values: Sequence[Any]) -> RowState:
    """The ``RowState`` of a row of ``model`` from its values in ``attnames`` order: the
    same hash ``state_hash`` gives the instance holding them."""
    spec = state_spec(model)
    return RowState(spec.label, values[state_position(model, "pk")], spec.digest(values).hex())


@cache
def state_position(model: type[models.Model], attname: str) -> int:
    """Where the value of field ``attname`` (or "pk") is in a row of ``state_values``."""
    name = model._meta.pk.attname if attname == "pk" else attname
    return state_spec(model).attnames.index(name)
