"""Import of a full (``internal``) bag into a database that does not hold the case yet.

The bag is checked whole first (``archive.bag_check``: its chain against its records, its
paths, its signature); nothing is written before every check holds.  Then everything is
restored exactly — ids, history entries with their hashes, custody, files —
so exporting the imported case gives the same manifests as the bag it came from.  The import
itself is recorded in the global chain (the case's own chain is restored untouched).

All or nothing: the evidence files are received into the store's staging area and checked
against their recorded digests first; the rows are then written in one transaction, and the
files become stored objects at its end, inside it.  A failure anywhere — a bad bag, a file
that does not match, a row the database refuses, a cancelled job — leaves the database as it
was and the staging area empty; only a failure while the files are being committed or at the
commit itself can leave stored objects no record names (the store may hold objects the
database does not know, never the reverse).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from django.core.management.color import no_style
from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext

from rightsledger.archive import bag_check, rows
from rightsledger.archive.bag import ArchiveError
from rightsledger.cases.actions import object_type_label, snapshot
from rightsledger.cases.bulk_refs import fill_from_history
from rightsledger.cases.history import append_entry
from rightsledger.cases.models import Case, ChainHead, HistoryEntry, Membership
from rightsledger.cases.roles import Role
from rightsledger.cases.state import state_hash
from rightsledger.evidence.models import ChainSeal, StoredObject
from rightsledger.evidence.store import (
    Digest,
    ObjectStore,
    PendingObject,
    get_store,
    read_chunks,
)

Progress = Callable[[int, str], None]


def _reader(data: Path) -> Callable[[str], Any]:
    def read(name: str) -> Any:
        try:
            with open(data / name, encoding="utf-8") as handle:
                return json.load(handle)
        except (OSError, ValueError) as exc:
            raise ArchiveError(f"data/{name} cannot be read as JSON ({exc})") from exc

    return read


def validate_bag(path: Path) -> Any:
    import bagit

    try:
        bag = bagit.Bag(str(path))
        bag.validate()
    except bagit.BagError as exc:
        raise ArchiveError(f"{path} is not a valid bag: {exc}") from exc
    return bag


def check_importable(export: Any) -> None:
    """A bag's ``export.json`` must say it is a Rightsledger bag of the whole record: a shared
    or published one is redacted, and what it left out cannot come back."""
    if not isinstance(export, dict) or export.get("format") != "rightsledger-bag/1":
        raise ArchiveError(gettext("not a Rightsledger bag"))
    if export.get("purpose") != "internal":
        raise ArchiveError(gettext("a %(purpose)s export is redacted; only internal ones "
                                   "import") % {"purpose": export.get("purpose")})  # fmt: skip


def import_bag(
    path: Path,
    *,
    acting_user: Any,
    trusted_key: bytes | None = None,
    store: ObjectStore | None = None,
    progress: Progress | None = None,
) -> Case:
    """Check the bag whole (``archive.bag_check``), then restore its case for ``acting_user``,
    who becomes its owner.  Nothing is written unless every check holds, and nothing stays
    written if the restore fails (see the module's note).

    ``progress(percent, message)`` is told how far it is (and may raise to stop it: a
    cancelled job)."""
    store = store or get_store()
    report = progress or (lambda percent, message: None)
    if not path.is_dir():
        raise ArchiveError(f"{path} is not a directory (a bag is the directory `export bag` "
                           "wrote)")  # fmt: skip
    report(1, "checking the bag's manifests (every file re-hashed)")
    try:
        bag_check.refuse_links(path)
        bag = validate_bag(path)
        data = path / "data"
        read = _reader(data)
        check_importable(read("export.json"))
        report(30, "checking the history against the records")
        checked = bag_check.check_bag(data, read, _manifest(bag))
        bag_check.refuse_existing(checked)
        bag_check.check_signed_head(data, checked, trusted_key)
    except bag_check.BagRefused as exc:
        raise ArchiveError(str(exc)) from exc
    staged: list[tuple[PendingObject, Digest]] = []
    try:
        _stage_files(data, checked.objects, store, staged, report)
        return _restore(checked, acting_user, path.name, store, staged, report)
    finally:
        for pending, _digest in staged:
            pending.discard()


def _stage_files(data: Path, objects: list[dict[str, Any]], store: ObjectStore,
                 staged: list[tuple[PendingObject, Digest]], report: Progress) -> None:  # fmt: skip
    """Receive each file into the store's staging area, checked against its recorded digests;
    ``staged`` holds them (for the caller to discard), none yet a stored object."""
    for number, obj in enumerate(objects, 1):
        report(40 + 40 * (number - 1) // max(1, len(objects)),
               f"copying evidence file {number} of {len(objects)}")  # fmt: skip
        pending = PendingObject(store)
        staged.append((pending, Digest("", "", 0)))
        with open(data / "evidence" / obj["pk"], "rb") as handle:
            for chunk in read_chunks(handle):
                pending.write(chunk)
        digest = pending.finish()
        if (digest.sha256, digest.sha512) != (obj["pk"], obj["fields"]["sha512"]):
            raise ArchiveError(f"evidence/{obj['pk']} does not match its recorded digests")
        staged[-1] = (pending, digest)


def _manifest(bag: Any) -> dict[str, dict[str, str]]:
    """Payload path -> {algorithm: digest}, from the validated manifests."""
    out: dict[str, dict[str, str]] = {}
    for name, digests in bag.payload_entries().items():
        out[name.replace("\\", "/")] = dict(digests)
    return out


def _restore(checked: bag_check.CheckedBag, acting_user: Any, source: str,
             store: ObjectStore, staged: list[tuple[PendingObject, Digest]],
             report: Progress) -> Case:  # fmt: skip
    entries, chain = checked.entries, checked.chain
    now = timezone.now()
    report(80, "writing the history")
    # A report may raise (a cancelled job): inside this block, that undoes every row.
    with transaction.atomic(), connection.constraint_checks_disabled():
        case_obj, _ = rows.load_row(Case, checked.case_row)
        case = cast(Case, case_obj)
        case.save_base(raw=True, force_insert=True)
        for obj in checked.objects:
            if not StoredObject.objects.filter(pk=obj["pk"]).exists():
                stored, _ = rows.load_row(StoredObject, obj)
                # Its bytes were re-hashed against the bag's digests as they were copied.
                stored.verified_at = now  # type: ignore[attr-defined]
                stored.save_base(raw=True, force_insert=True)
        HistoryEntry.objects.bulk_create([history_entry(e) for e in entries], batch_size=1000)
        fill_from_history(chain=chain)  # the index of bulk rows is not in a bag: derived
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
            if label not in checked.records:
                continue
            report(85, f"writing the records ({label})")
            for row in checked.records[label]:
                restored, m2m = rows.load_row(model, row, user_id=acting_user.pk)
                restored.save_base(raw=True, force_insert=True)
                if m2m:
                    pending_m2m.append((restored, m2m))
            touched.append(model)
        for restored, m2m in pending_m2m:
            for name, values in m2m.items():
                getattr(restored, name).set(values)
        for seal in checked.seals:
            restored, _ = rows.load_row(ChainSeal, seal)
            restored.pk = None
            restored.save(force_insert=True)
        report(95, "checking every reference")
        connection.check_constraints()
        _reset_sequences(touched)
        _record_import(case, chain, entries, acting_user, source)
        # Last, inside the transaction: a file the store refuses undoes every row.
        for pending, digest in staged:
            store.commit(pending, digest)
    return case


def _record_import(
    case: Case, chain: str, entries: list[dict[str, Any]], acting_user: Any, source: str
) -> None:
    """The importer's ownership and the import itself, in the global chain: the case's own
    chain stays exactly as it came (so export → import → export gives the same bag)."""
    membership = Membership.objects.create(case=case, user=acting_user, role=Role.OWNER)
    append_entry(
        case=None, actor=acting_user, action=HistoryEntry.Action.CREATE,
        object_type=object_type_label(membership), object_id=str(membership.pk),
        object_repr=str(membership), after=snapshot(membership),
        message=f"owner of the case imported from {source}", state_hash=state_hash(membership),
    )  # fmt: skip
    append_entry(
        case=None, actor=acting_user, action=HistoryEntry.Action.IMPORT,
        object_type="archive.bag", object_id=str(case.pk), object_repr=f"imported {case.slug}",
        after={"case": case.slug, "chain": chain, "entries": len(entries),
               "head": entries[-1]["entry_hash"] if entries else None,
               "sequence": entries[-1]["sequence"] if entries else 0,
               "owner": acting_user.get_username()},
        message=f"imported from {source}",
    )  # fmt: skip


def history_entry(content: dict[str, Any]) -> HistoryEntry:
    import datetime as dt

    return HistoryEntry(
        chain=content["chain"], sequence=content["sequence"], case_id=content["case"],
        actor=None, actor_name=content["actor"],
        timestamp=dt.datetime.fromisoformat(content["timestamp"]), action=content["action"],
        object_type=content["object_type"], object_id=content["object_id"],
        object_repr=content["object_repr"], before=content["before"], after=content["after"],
        message=content["message"], state_hash=content.get("state_hash", ""),
        previous_hash=content["previous_hash"], entry_hash=content["entry_hash"],
    )  # fmt: skip


def _reset_sequences(models: list[type[Any]]) -> None:
    statements = connection.ops.sequence_reset_sql(no_style(), models)
    if statements:
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)
