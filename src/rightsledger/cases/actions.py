"""The one write path for case-scoped records.

Every change goes through these functions (or thin wrappers of them): each runs in a
transaction, validates the object, writes it, and appends the history entry in that same
transaction — so a change and its history exist together or not at all, whoever calls.
"""

from __future__ import annotations

import datetime as dt
import decimal
import uuid
from collections.abc import Callable, Collection
from itertools import islice
from typing import Any, TypeVar

from django.core.exceptions import ValidationError
from django.db import models, router, transaction
from django.db.models.deletion import Collector

from rightsledger.cases.bulk_refs import index_entries
from rightsledger.cases.history import EntryContent, append_entries, append_entry
from rightsledger.cases.models import Case, HistoryEntry
from rightsledger.cases.state import RowState, state_hash

_M = TypeVar("_M", bound=models.Model)

# A rule every single-object write passes through before it is recorded: it may change what
# is stored (the protection app puts a protected person's new name into their encrypted
# identity and stores the pseudonym). Installed by an app above this one, as the disclosure
# rule is for reads; None writes as given.
WriteRule = Callable[[models.Model, Any], bool]
_write_rule: WriteRule | None = None


def install_write_rule(rule: WriteRule | None) -> None:
    global _write_rule
    _write_rule = rule


def object_type_label(obj: models.Model) -> str:
    return f"{obj._meta.app_label}.{obj._meta.model_name}"


def snapshot(obj: models.Model) -> dict[str, Any]:
    """A JSON-safe picture of an object's concrete fields (foreign keys as ids)."""
    data: dict[str, Any] = {}
    for field in obj._meta.concrete_fields:
        data[field.attname] = _json_value(getattr(obj, field.attname))
    return data


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, bytes):
        return value.hex()
    return value


def _case_of(obj: models.Model) -> Case | None:
    if isinstance(obj, Case):
        return obj
    return getattr(obj, "case", None)


def _record(
    action: str,
    obj: models.Model,
    acting_user: Any,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    message: str = "",
) -> HistoryEntry:
    return append_entry(
        case=_case_of(obj),
        actor=acting_user,
        action=action,
        object_type=object_type_label(obj),
        object_id=str(obj.pk),
        object_repr=str(obj),
        before=before,
        after=after,
        message=message,
        state_hash="" if action == HistoryEntry.Action.DELETE else state_hash(obj),
    )


def create_object(
    model: type[_M],
    *,
    acting_user: Any,
    message: str = "",
    validate_constraints: bool = True,
    **fields: Any,
) -> _M:
    """Validate and insert one object, with its history entry.

    ``validate_constraints=False`` is for callers that have checked the model's constraints
    themselves and handle the database's ``IntegrityError`` (each check costs queries).
    """
    with transaction.atomic():
        obj = model(**fields)
        obj.full_clean(validate_constraints=validate_constraints)
        obj.save(force_insert=True)
        if _write_rule is not None and _write_rule(obj, acting_user):
            obj.save()
        _record(HistoryEntry.Action.CREATE, obj, acting_user, None, snapshot(obj), message)
    return obj


def update_object(obj: _M, *, acting_user: Any, message: str = "", **changes: Any) -> _M:
    """Apply ``changes``, validate, and save only the changed fields, with history."""
    with transaction.atomic():
        before = snapshot(obj)
        for name, value in changes.items():
            if name in {"id", "pk", "case", "case_id"}:
                raise ValidationError({name: "cannot be changed"})
            setattr(obj, name, value)
        obj.full_clean()
        if _write_rule is not None:
            _write_rule(obj, acting_user)
        after = snapshot(obj)
        changed_fields = [
            field.name
            for field in obj._meta.concrete_fields
            if before[field.attname] != after[field.attname]
        ]
        if changed_fields:
            obj.save(update_fields=changed_fields)
            _record(
                HistoryEntry.Action.UPDATE,
                obj,
                acting_user,
                {k: before[k] for k in before if before[k] != after[k]},
                {k: after[k] for k in after if before[k] != after[k]},
                message,
            )
    return obj


def delete_object(obj: models.Model, *, acting_user: Any, message: str = "") -> None:
    """Delete an object, keeping its last state in the history.

    Rows that go with it (its names, involvements, statuses… by CASCADE) get a history entry
    each too, so the history alone can tell what the deletion removed.  A PROTECT foreign key
    refuses the whole deletion (``ProtectedError``) before anything is written.
    """
    with transaction.atomic():
        collector = Collector(using=router.db_for_write(type(obj)))
        collector.collect([obj])
        with_it = f"deleted with {object_type_label(obj)} {obj.pk}"
        contents = [_deletion(obj, message)]
        contents += [_deletion(dependent, with_it) for dependent in _cascaded(collector, obj)]
        # One entry per removed row, appended together: the chain head is moved once.
        append_entries(case=_case_of(obj), actor=acting_user, contents=contents)
        collector.delete()  # what obj.delete() does, without collecting the rows a second time


def _deletion(obj: models.Model, message: str) -> EntryContent:
    return EntryContent(
        HistoryEntry.Action.DELETE, object_type_label(obj), str(obj.pk), str(obj),
        before=snapshot(obj), message=message,
    )  # fmt: skip


def _cascaded(collector: Collector, obj: models.Model) -> list[models.Model]:
    """The case-scoped rows a deletion of ``obj`` takes with it, in a stable order."""
    found = [item for instances in collector.data.values() for item in instances]
    found += [item for queryset in collector.fast_deletes for item in queryset]
    case = _case_of(obj)
    for item in found:
        if case is not None and getattr(item, "case_id", None) == case.pk:
            item.case = case  # type: ignore[attr-defined]  # one case, not a query per row
        for field in item._meta.concrete_fields:
            # Rows naming the deleted object show it in their history text without a query.
            related = field.is_relation and field.related_model is type(obj)
            if related and getattr(item, field.attname) == obj.pk:
                setattr(item, field.name, obj)
    dependents = [item for item in found if item is not obj and _case_of(item) is not None]
    return sorted(dependents, key=lambda item: (object_type_label(item), str(item.pk)))


BULK_ENTRY_ROWS = 5000


def record_bulk_changes(
    *,
    case: Case,
    acting_user: Any,
    message: str,
    summary: dict[str, Any],
    created: Collection[models.Model | RowState] = (),
    updated: Collection[models.Model | RowState] = (),
    deleted: Collection[models.Model | RowState] = (),
    keep_entries: bool = True,
) -> list[HistoryEntry]:
    """History for a bulk write: every row it created, changed or removed, by id and hash.

    Bulk writes (an import, a linkage run) touch hundreds of thousands of rows; one entry per
    row would multiply the history by the size of the list.  Instead the rows are recorded in
    entries of up to ``BULK_ENTRY_ROWS`` rows each: ``after["rows"]`` maps an object type to
    ``{"create": {id: hash}, "update": {id: hash}, "delete": {id: hash}}``, where the hash is
    ``state_hash`` of the row's full state after the change (before it, for a deletion).
    Each row named is also written to the index of bulk rows (``cases.bulk_refs``), which
    pages read to find the entries that wrote a row.
    The objects passed must hold exactly what the database holds; a row read in bulk may be
    passed as its ``RowState`` (label, id and hash) instead of an instance.  Must be called
    inside the bulk operation's transaction.

    Entries are written and indexed one at a time, each from its own rows, so that only one
    entry's rows are in memory at once; without ``keep_entries`` none is kept (an import of
    a million-row list names some seven million rows: gigabytes of entries held to the end
    for a caller that does not read them).
    """
    parts = max(1, -(-(len(created) + len(updated) + len(deleted)) // BULK_ENTRY_ROWS))
    named = (
        (action, obj)
        for action, objects in (("create", created), ("update", updated), ("delete", deleted))
        for obj in objects
    )
    entries = []
    for part in range(parts):
        grouped: dict[str, dict[str, dict[str, str]]] = {}
        for action, obj in islice(named, BULK_ENTRY_ROWS):
            if isinstance(obj, RowState):
                label, digest = obj.label, obj.digest
            else:
                label, digest = object_type_label(obj), state_hash(obj)
            grouped.setdefault(label, {}).setdefault(action, {})[str(obj.pk)] = digest
        counts = {t: {a: len(ids) for a, ids in by.items()} for t, by in grouped.items()}
        entry = append_entry(
            case=case,
            actor=acting_user,
            action=HistoryEntry.Action.BULK,
            object_type="bulk",
            object_id=str(summary.get("id", "")),
            object_repr=message[:300],
            before=None,
            after={
                "summary": summary,
                "part": [part + 1, parts],
                "counts": counts,
                "rows": grouped,
            },
            message=message,
        )
        index_entries([entry])
        if keep_entries:
            entries.append(entry)
    return entries


def record_bulk_action(
    *, case: Case, acting_user: Any, object_type: str, summary: dict[str, Any], message: str
) -> HistoryEntry:
    """One history entry for a bulk operation (an import), describing what it wrote.

    Must be called inside the bulk operation's transaction.
    """
    return append_entry(
        case=case,
        actor=acting_user,
        action=HistoryEntry.Action.IMPORT,
        object_type=object_type,
        object_id=str(summary.get("id", "")),
        object_repr=message[:300],
        before=None,
        after=summary,
        message=message,
    )


def _unique_slug(name: str) -> str:
    from django.utils.text import slugify

    base = slugify(name)[:60] or "case"
    slug, counter = base, 1
    while Case.objects.filter(slug=slug).exists():
        counter += 1
        slug = f"{base}-{counter}"
    return slug


def create_case(*, name: str, owner: Any, description: str = "", slug: str = "") -> Case:
    """Create a case and make ``owner`` its owner, in one transaction."""
    from rightsledger.cases.models import Membership
    from rightsledger.cases.roles import Role

    if not name or not name.strip():
        raise ValidationError({"name": "A case needs a name."})
    with transaction.atomic():
        case = create_object(
            Case,
            acting_user=owner,
            name=name.strip(),
            description=description,
            slug=slug or _unique_slug(name),
        )
        create_object(Membership, acting_user=owner, case=case, user=owner, role=Role.OWNER)
    return case


def set_membership(*, case: Case, user: Any, role: str, acting_user: Any) -> Any:
    """Give ``user`` ``role`` in ``case`` (adding or changing the membership)."""
    from rightsledger.cases.models import Membership

    with transaction.atomic():
        existing = Membership.objects.select_for_update().filter(case=case, user=user).first()
        if existing is None:
            return create_object(
                Membership, acting_user=acting_user, case=case, user=user, role=role
            )
        _refuse_removing_last_owner(existing, new_role=role)
        return update_object(existing, acting_user=acting_user, role=role)


def remove_membership(*, membership: Any, acting_user: Any) -> None:
    with transaction.atomic():
        _refuse_removing_last_owner(membership, new_role=None)
        delete_object(membership, acting_user=acting_user)


def _refuse_removing_last_owner(membership: Any, new_role: str | None) -> None:
    from rightsledger.cases.models import Membership
    from rightsledger.cases.roles import Role

    if membership.role != Role.OWNER or new_role == Role.OWNER:
        return
    owners = Membership.objects.filter(case_id=membership.case_id, role=Role.OWNER).count()
    if owners <= 1:
        raise ValidationError({"role": "A case must keep at least one owner."})
