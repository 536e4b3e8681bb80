"""Import of a full (``internal``) bag into a database that does not hold the case yet.

Everything is restored exactly — ids, history entries with their hashes, custody, files —
so exporting the imported case gives the same manifests as the bag it came from.  The import
itself is recorded in the global chain (the case's own chain is restored untouched).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, cast

from django.core.management.color import no_style
from django.db import connection, transaction

from rightsledger.archive import rows
from rightsledger.archive.bag import ArchiveError
from rightsledger.cases.history import append_entry
from rightsledger.cases.models import Case, ChainHead, HistoryEntry, Membership
from rightsledger.cases.roles import Role
from rightsledger.evidence.models import ChainSeal, StoredObject
from rightsledger.evidence.store import ObjectStore, get_store, read_chunks


def _read(data: Path, name: str) -> Any:
    with open(data / name, encoding="utf-8") as handle:
        return json.load(handle)


def validate_bag(path: Path) -> Any:
    import bagit

    try:
        bag = bagit.Bag(str(path))
        bag.validate()
    except bagit.BagError as exc:
        raise ArchiveError(f"{path} is not a valid bag: {exc}") from exc
    return bag


def import_bag(path: Path, *, acting_user: Any, store: ObjectStore | None = None) -> Case:
    store = store or get_store()
    validate_bag(path)
    data = path / "data"
    export = _read(data, "export.json")
    if export.get("format") != "rightsledger-bag/1":
        raise ArchiveError("not a Rightsledger bag")
    if export["purpose"] != "internal":
        raise ArchiveError(f"a {export['purpose']} export is redacted; only internal ones import")
    case_row = _read(data, "case.json")
    chain = f"case:{case_row['pk']}"
    if (
        Case.objects.filter(pk=case_row["pk"]).exists()
        or Case.objects.filter(slug=case_row["fields"]["slug"]).exists()
        or HistoryEntry.objects.filter(chain=chain).exists()
    ):
        raise ArchiveError(
            f"case {case_row['fields']['slug']} (id {case_row['pk']}) is already in this "
            "database; import restores into a database without it"
        )
    index = _read(data, "evidence-index.json")
    # Files first (verified against their recorded digests as they are copied): the store
    # may keep objects the database does not know yet, never the reverse.
    for obj in index["objects"]:
        with open(data / "evidence" / obj["pk"], "rb") as handle:
            digest = store.receive(read_chunks(handle))
        if (digest.sha256, digest.sha512) != (obj["pk"], obj["fields"]["sha512"]):
            raise ArchiveError(f"evidence/{obj['pk']} does not match its recorded digests")
    with transaction.atomic(), connection.constraint_checks_disabled():
        case_obj, _ = rows.load_row(Case, case_row)
        case = cast(Case, case_obj)
        case.save_base(raw=True, force_insert=True)
        for obj in index["objects"]:
            if not StoredObject.objects.filter(pk=obj["pk"]).exists():
                stored, _ = rows.load_row(StoredObject, obj)
                stored.save_base(raw=True, force_insert=True)
        entries = _read(data, "history.json")
        HistoryEntry.objects.bulk_create(
            [_history_entry(e) for e in entries], batch_size=1000
        )  # fmt: skip
        if entries:
            ChainHead.objects.update_or_create(
                key=chain,
                defaults={
                    "sequence": entries[-1]["sequence"],
                    "entry_hash": entries[-1]["entry_hash"],
                },
            )
        touched: list[type[Any]] = [Case, StoredObject]
        pending_m2m = []
        for model in rows.archived_models():
            label = model._meta.label_lower
            file = data / "records" / f"{label}.json"
            if not file.exists():
                continue
            for row in _read(data / "records", f"{label}.json"):
                obj, m2m = rows.load_row(model, row, user_id=acting_user.pk)
                obj.save_base(raw=True, force_insert=True)
                if m2m:
                    pending_m2m.append((obj, m2m))
            touched.append(model)
        for obj, m2m in pending_m2m:
            for name, values in m2m.items():
                getattr(obj, name).set(values)
        for seal in _read(data, "seals.json"):
            restored, _ = rows.load_row(ChainSeal, seal)
            restored.pk = None
            restored.save(force_insert=True)
        connection.check_constraints()
        _reset_sequences(touched)
        Membership.objects.create(case=case, user=acting_user, role=Role.OWNER)
        append_entry(
            case=None, actor=acting_user, action=HistoryEntry.Action.IMPORT,
            object_type="archive.bag", object_id=str(case.pk), object_repr=f"imported {case.slug}",
            after={"case": case.slug, "chain": chain, "entries": len(entries),
                   "head": entries[-1]["entry_hash"] if entries else None,
                   "owner": acting_user.get_username()},
            message=f"imported from {path.name}",
        )  # fmt: skip
    return case


def _history_entry(content: dict[str, Any]) -> HistoryEntry:
    import datetime as dt

    return HistoryEntry(
        chain=content["chain"], sequence=content["sequence"], case_id=content["case"],
        actor=None, actor_name=content["actor"],
        timestamp=dt.datetime.fromisoformat(content["timestamp"]), action=content["action"],
        object_type=content["object_type"], object_id=content["object_id"],
        object_repr=content["object_repr"], before=content["before"], after=content["after"],
        message=content["message"], previous_hash=content["previous_hash"],
        entry_hash=content["entry_hash"],
    )  # fmt: skip


def _reset_sequences(models: list[type[Any]]) -> None:
    statements = connection.ops.sequence_reset_sql(no_style(), models)
    if statements:
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)
