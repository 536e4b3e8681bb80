"""Rows as deterministic JSON, and back: the lossless form of a case's records in a bag.

Every concrete field is written (foreign keys as ids, content types as natural keys,
binary as base64); accounts are not (they belong to an installation, not to a case — the
names of the people who acted are kept in the rows and history themselves).  The same
database content always gives byte-identical files.
"""

from __future__ import annotations

import base64
import datetime as dt
import decimal
import json
from typing import Any

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models

from rightsledger.cases.models import HistoryEntry

# Every model with a ``case`` foreign key is archived with its case, except these:
# memberships and accounts belong to an installation, the history is written separately,
# and background jobs are machinery, not record.
NOT_ARCHIVED_APPS = {"cases", "jobs"}
NOT_ARCHIVED_MODELS: set[str] = set()


def archived_models() -> list[type[models.Model]]:
    """The case-scoped models, parents before children, in a stable order."""
    from django.core.exceptions import FieldDoesNotExist

    from rightsledger.cases.models import Case

    found: dict[str, type[models.Model]] = {}
    for model in apps.get_models():
        label = model._meta.label_lower
        if model._meta.app_label in NOT_ARCHIVED_APPS or label in NOT_ARCHIVED_MODELS:
            continue
        try:
            field = model._meta.get_field("case")
        except FieldDoesNotExist:
            continue
        if field.concrete and field.is_relation and field.related_model is Case:
            found[label] = model
    ordered: list[type[models.Model]] = []
    done: set[str] = set()

    def visit(label: str, path: frozenset[str]) -> None:
        if label in done or label in path:
            return
        for field in found[label]._meta.concrete_fields:
            related = field.related_model if field.is_relation else None
            parent = related._meta.label_lower if related is not None else ""
            if parent in found and parent != label:
                visit(parent, path | {label})
        done.add(label)
        ordered.append(found[label])

    for label in sorted(found):
        visit(label, frozenset())
    return ordered


def _is_user_fk(field: models.Field[Any, Any]) -> bool:
    return (
        field.is_relation
        and field.related_model is not None
        and (
            f"{field.related_model._meta.app_label}.{field.related_model._meta.object_name}"
            == settings.AUTH_USER_MODEL
        )
    )


def dump_row(
    obj: models.Model, history_keys: dict[int, tuple[str, int]] | None = None
) -> dict[str, Any]:
    """``history_keys`` maps history entry ids to (chain, sequence), the portable reference."""
    fields: dict[str, Any] = {}
    for field in obj._meta.concrete_fields:
        if field.primary_key or _is_user_fk(field):
            continue
        value = getattr(obj, field.attname)
        if field.is_relation and field.related_model is ContentType and value is not None:
            content_type = ContentType.objects.get_for_id(value)
            value = [content_type.app_label, content_type.model]
        elif field.is_relation and field.related_model is HistoryEntry and value is not None:
            if history_keys is not None and value in history_keys:
                value = list(history_keys[value])
            else:
                entry = HistoryEntry.objects.only("chain", "sequence").get(pk=value)
                value = [entry.chain, entry.sequence]
        fields[field.name] = _json_value(value)
    for m2m in obj._meta.many_to_many:
        fields[m2m.name] = sorted(getattr(obj, m2m.name).values_list("pk", flat=True))
    return {"pk": _json_value(obj.pk), "fields": fields}


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def load_row(
    model: type[models.Model], row: dict[str, Any], user_id: int | None = None
) -> tuple[models.Model, dict]:
    """An unsaved instance with the row's values, and its many-to-many values to set later.

    Accounts are not in bags: a required account field gets ``user_id`` (the importer).
    """
    values: dict[str, Any] = {model._meta.pk.attname: row["pk"]}
    for field in model._meta.concrete_fields:
        if _is_user_fk(field) and not field.null:
            values[field.attname] = user_id
    m2m: dict[str, list[Any]] = {}
    many = {f.name for f in model._meta.many_to_many}
    for name, value in row["fields"].items():
        if name in many:
            m2m[name] = value
            continue
        target: Any = model._meta.get_field(name)
        values[target.attname] = _python_value(target, value)
    return model(**values), m2m


def _python_value(field: Any, value: Any) -> Any:
    if value is None:
        return None
    if field.is_relation and field.related_model is ContentType:
        return ContentType.objects.get_by_natural_key(*value).pk
    if field.is_relation and field.related_model is HistoryEntry:
        return HistoryEntry.objects.get(chain=value[0], sequence=value[1]).pk
    if isinstance(field, models.BinaryField):
        return base64.b64decode(value)
    if isinstance(field, models.JSONField) or field.is_relation:
        return value
    return field.to_python(value)


def dumps(value: Any) -> bytes:
    """The one JSON form used in bags: sorted keys, UTF-8, one row per line."""
    if isinstance(value, list):
        lines = [json.dumps(v, sort_keys=True, ensure_ascii=False) for v in value]
        return ("[\n" + ",\n".join(lines) + "\n]\n").encode("utf-8")
    return (json.dumps(value, sort_keys=True, ensure_ascii=False, indent=1) + "\n").encode()
