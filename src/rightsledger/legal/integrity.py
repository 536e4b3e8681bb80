"""A record that an element of a crime rests on cannot be deleted from under it.

Links to elements point at claims, records and evidence items generically (content type and
id), so the database cannot protect them as it protects a foreign key.  This does it for the
ORM: deleting a linked target — directly, or as a row that goes with a deleted event or
person, or in bulk (``bulk_writes.delete_rows``) — is refused as PROTECT refuses it
(``ProtectedError``), inside the deletion's transaction, so nothing is removed and no
history entry is written. Unlink first.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import connections
from django.db.models import F, ProtectedError
from django.db.models.signals import pre_delete

from rightsledger.cases.bulk_writes import OneOf, rows_deleting
from rightsledger.legal.models import LINK_TARGETS, ElementLink


def refuse_deleting_linked(
    sender: Any, instance: Any, using: str = "default", **kwargs: Any
) -> None:
    target_type = ContentType.objects.get_for_model(sender)
    if _is_linked(using, instance, target_type.pk):
        _refuse(using, instance, target_type)


def refuse_deleting_linked_rows(
    sender: Any, pks: Sequence[Any], using: str = "default", **kwargs: Any
) -> None:
    """The same for rows deleted in bulk (``bulk_writes.rows_deleting``), in one query; the
    first linked row by id is named, as the collector, which sends ``pre_delete`` row by
    row in id order, would name it."""
    target_type = ContentType.objects.get_for_model(sender)
    linked = list(
        ElementLink.objects.using(using)
        .filter(target_type=target_type)
        .filter(OneOf(F("target_id"), list(pks)))
        .values_list("target_id", flat=True)
    )
    if linked:
        _refuse(using, sender._base_manager.using(using).get(pk=min(linked)), target_type)


def _refuse(using: str, instance: Any, target_type: ContentType) -> None:
    links = ElementLink.objects.using(using).filter(target_type=target_type, target_id=instance.pk)
    raise ProtectedError(
        f"{instance} is linked to an element of a legal qualification; unlink it first.",
        set(links),
    )


def _is_linked(using: str, instance: Any, target_type_id: int) -> bool:
    # One bare indexed lookup per row: deleting a queryset sends this signal for each of its
    # rows, and linkage retiring persons spent most of its write-back in the ORM's query for
    # each (12,286 persons, under the profiler: 33 s of the 45 s retiring took; 6 s now).
    case_id = getattr(instance, "case_id", None)
    table = connections[using].ops.quote_name(ElementLink._meta.db_table)
    sql = f"SELECT 1 FROM {table} WHERE target_type_id = %s AND target_id = %s"  # noqa: S608
    params = [target_type_id, instance.pk]
    if case_id is not None:  # the index is (case, target type, target id)
        sql += " AND case_id = %s"
        params.append(case_id)
    with connections[using].cursor() as cursor:
        cursor.execute(sql + " LIMIT 1", params)
        return cursor.fetchone() is not None


def protect_link_targets() -> None:
    for label in LINK_TARGETS.values():
        pre_delete.connect(refuse_deleting_linked, sender=apps.get_model(label),
                           dispatch_uid=f"legal-protect-{label}")  # fmt: skip
        rows_deleting.connect(refuse_deleting_linked_rows, sender=apps.get_model(label),
                              dispatch_uid=f"legal-protect-rows-{label}")  # fmt: skip
