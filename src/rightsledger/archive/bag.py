"""BagIt (RFC 8493) export of a case, and lossless import of a full export.

Layout of the payload (``data/``):

* ``case.json`` — the case; ``records/<app>.<model>.json`` — every archived row;
* ``history.json`` — the case's hash chain, entry by entry (what the hashes cover);
* ``custody.json`` — the custody log (also in ``records/evidence.custodyentry.json``);
* ``evidence/<sha256>`` — the stored files (never under their original names);
* ``evidence-index.json`` — item → file in the bag, or why it is not there, or the redacted
  copy that stands for it (shared and published bags: ``archive.release``); stored objects;
* ``seals.json``, and ``chain-head.json`` + ``.sig`` + ``signing-key.pub.pem`` when a
  signing key is configured;
* ``export.json`` — purpose, recipient, and what was redacted, left out, withheld.

Writing happens in a hidden sibling directory that is renamed to ``OUT_DIR`` only when the
bag is complete and valid, so a killed export leaves no partial bag behind.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.db import connection, transaction

from rightsledger.archive import redact, rows
from rightsledger.cases.models import Case, HistoryEntry
from rightsledger.evidence.models import ChainSeal, CustodyEntry, EvidenceItem, StoredObject
from rightsledger.evidence.store import ObjectStore, get_store

PARTIAL_MARK = ".rightsledger-partial-"


class ArchiveError(Exception):
    """A bag cannot be written or read; the message says why."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    files: int
    rows: int
    history_entries: int


def export_bag(
    case: Case,
    out_dir: Path,
    *,
    acting_user: Any,
    purpose: str = "internal",
    recipient: str = "",
    require_consent: bool = False,
    store: ObjectStore | None = None,
    progress: Callable[[str], None] | None = None,
) -> ExportResult:
    import bagit

    store = store or get_store()
    out_dir = out_dir.resolve()
    if out_dir.exists() and (not out_dir.is_dir() or any(out_dir.iterdir())):
        raise ArchiveError(f"{out_dir} exists and is not an empty directory")
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    for stale in out_dir.parent.glob(f".{out_dir.name}{PARTIAL_MARK}*"):
        shutil.rmtree(stale, ignore_errors=True)  # left by an interrupted export
    work = out_dir.parent / f".{out_dir.name}{PARTIAL_MARK}{secrets.token_hex(6)}"
    work.mkdir()
    try:
        outermost = not connection.in_atomic_block
        with transaction.atomic():
            # One consistent snapshot of the whole case, whatever is written meanwhile.
            if connection.vendor == "postgresql" and outermost:
                with connection.cursor() as cursor:
                    cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            plan = redact.plan_redaction(case, purpose, recipient, require_consent)
            result = _write_payload(case, work, plan, store, progress)
            bag_info = _bag_info(case, plan)
        if progress:
            progress("hashing the bag (SHA-256 and SHA-512)")
        bag = bagit.make_bag(str(work), bag_info, checksums=["sha256", "sha512"])
        bag.validate()
        _record_export(case, out_dir, plan, acting_user, result[3])
        if out_dir.exists():
            out_dir.rmdir()
        os.replace(work, out_dir)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return ExportResult(out_dir, result[0], result[1], result[2])


def _bag_info(case: Case, plan: redact.RedactionPlan) -> dict[str, str]:
    last = HistoryEntry.objects.filter(case=case).order_by("-sequence").first()
    info = {
        # The date of the last recorded change, so the same record always gives the same bag.
        "Bagging-Date": last.timestamp.date().isoformat() if last else "1970-01-01",
        "External-Identifier": case.slug,
        "External-Description": f"Rightsledger case {case.name}"[:500],
        "Rightsledger-Purpose": plan.purpose,
    }
    if plan.recipient:
        info["Rightsledger-Recipient"] = plan.recipient
    if last is not None:
        info["Rightsledger-Chain-Head"] = f"{last.chain}#{last.sequence} {last.entry_hash}"
    return info


def _write_payload(
    case: Case,
    work: Path,
    plan: redact.RedactionPlan,
    store: ObjectStore,
    progress: Callable[[str], None] | None,
) -> tuple[int, int, int, set[int]]:
    """Files, rows and history entries written, and the evidence items whose file left."""
    (work / "records").mkdir()
    (work / "evidence").mkdir()
    _write(work / "case.json", rows.dumps(rows.dump_row(case)))
    history = list(HistoryEntry.objects.filter(case=case).order_by("chain", "sequence"))
    history_keys = {e.pk: (e.chain, e.sequence) for e in history}
    row_count = 0
    for model in rows.archived_models():
        label = f"{model._meta.app_label}.{model._meta.model_name}"
        queryset = model._default_manager.filter(case=case).order_by("pk")
        if model._meta.many_to_many:
            queryset = queryset.prefetch_related(*(f.name for f in model._meta.many_to_many))
        out = []
        for obj in queryset.iterator(chunk_size=2000) if not model._meta.many_to_many else queryset:
            row = redact.redact_row(plan, label, rows.dump_row(obj, history_keys))
            if row is not None:
                out.append(row)
        row_count += len(out)
        _write(work / "records" / f"{label}.json", rows.dumps(out))
    redact.hide_removed_rows(plan, history)
    entries = [redact.redact_history(plan, {**e.hashed_content(), "entry_hash": e.entry_hash})
               for e in history]  # fmt: skip
    _write(work / "history.json", rows.dumps(entries))
    custody = [
        {"item": c.item_id, "action": c.action, "actor": c.actor_name,
         "timestamp": c.timestamp.isoformat(), "purpose": c.purpose,
         "counterpart": c.counterpart, "item_sha256": c.item_sha256,
         "history": f"{c.history_entry.chain}#{c.history_entry.sequence}"}
        for c in CustodyEntry.objects.filter(case=case).select_related("history_entry")
        .order_by("pk")
    ]  # fmt: skip
    custody = [redact.redact_row(plan, "custody", {"pk": 0, "fields": c})["fields"]  # type: ignore[index]
               for c in custody]  # fmt: skip
    _write(work / "custody.json", rows.dumps(custody))
    files, index = _write_evidence(case, work, plan, store, progress)
    seals = [rows.dump_row(s) for s in ChainSeal.objects.filter(chain=f"case:{case.pk}")
             .order_by("pk")]  # fmt: skip
    _write(work / "seals.json", rows.dumps(seals))
    _write_signed_head(work, history[-1] if history else None)
    _write(work / "export.json", rows.dumps({
        "format": "rightsledger-bag/1", "purpose": plan.purpose, "recipient": plan.recipient,
        "redacted_persons": sorted(plan.persons), "excluded_records": sorted(
            f"{label}:{pk}" for label, pk in plan.excluded),
        "withheld_evidence": sorted(int(pk) for pk, e in index["items"].items() if not e["file"]),
        "redacted_evidence": sorted(
            int(pk) for pk, e in index["items"].items() if e.get("redacted_copy")),
    }))  # fmt: skip
    released = {int(pk) for pk, e in index["items"].items() if e["file"]}
    return files, row_count, len(history), released


def _write_evidence(
    case: Case,
    work: Path,
    plan: redact.RedactionPlan,
    store: ObjectStore,
    progress: Callable[[str], None] | None,
) -> tuple[int, dict[str, Any]]:
    """The evidence files that may leave (``archive.release``), and the index saying so."""
    from rightsledger.archive.release import release

    items = list(EvidenceItem.objects.filter(case=case).order_by("pk"))
    index: dict[str, Any] = {"items": {}, "objects": []}
    written: set[str] = set()
    copies = 0
    for item in items:
        decision = release(item, plan, store)
        if decision.data is not None:
            digest = hashlib.sha256(decision.data).hexdigest()
            index["items"][str(item.pk)] = {
                "file": f"evidence/{digest}", "sha256": digest, "redacted_copy": True,
                "reason": decision.reason,
            }  # fmt: skip
            if digest not in written:
                _write(work / "evidence" / digest, decision.data)
                written.add(digest)
                copies += 1
            continue
        if not decision.copy:
            index["items"][str(item.pk)] = {"file": None, "reason": decision.reason}
            continue
        index["items"][str(item.pk)] = {"file": f"evidence/{item.sha256}"}
        if item.sha256 in written:
            continue
        if progress:
            progress(f"copying {item.original_name}")
        target = work / "evidence" / item.sha256
        with store.open(item.sha256) as source, open(target, "xb") as handle:
            shutil.copyfileobj(source, handle, 4 * 1024 * 1024)
        written.add(item.sha256)
    for obj in StoredObject.objects.filter(sha256__in=written).order_by("sha256"):
        row = rows.dump_row(obj)
        # When this installation last re-read the bytes is its own affair, and would make
        # two bags of the same record differ.
        row["fields"].pop("verified_at", None)
        index["objects"].append(row)
    _write(work / "evidence-index.json", rows.dumps(index))
    return len(written), index


def _write_signed_head(work: Path, last: HistoryEntry | None) -> None:
    from django.conf import settings

    if last is None or not getattr(settings, "SIGNING_KEY", None):
        return
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    from rightsledger.evidence.signing import head_statement, load_signing_key

    key = load_signing_key()
    statement = head_statement(last.chain, last.sequence, last.entry_hash)
    _write(work / "chain-head.json", statement)
    _write(work / "chain-head.json.sig", key.sign(statement))
    _write(
        work / "signing-key.pub.pem",
        key.public_key().public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo),
    )


def _write(path: Path, data: bytes) -> None:
    with open(path, "xb") as handle:
        handle.write(data)


def _record_export(
    case: Case, out_dir: Path, plan: redact.RedactionPlan, user: Any, released: set[int]
) -> None:
    """An "exported" custody entry for each item whose file (or redacted copy) left."""
    from rightsledger.evidence.actions import record_custody
    from rightsledger.evidence.models import CustodyAction

    purpose = f"{plan.purpose} export to {out_dir.name}"
    items = EvidenceItem.objects.filter(case=case, pk__in=released).select_related("case")
    with transaction.atomic():
        for item in items.order_by("pk"):
            record_custody(
                item, CustodyAction.EXPORTED, acting_user=user, purpose=purpose,
                counterpart=plan.recipient,
            )  # fmt: skip
