"""The one write path for evidence: ingest, derivatives, links and custody entries."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction

from rightsledger.cases.actions import create_object, update_object
from rightsledger.cases.history import append_entry
from rightsledger.cases.models import Case, HistoryEntry
from rightsledger.evidence import derive
from rightsledger.evidence.inspect import Inspection, inspect_file, ocr_text, safe_file_name
from rightsledger.evidence.models import (
    CustodyAction,
    CustodyEntry,
    EvidenceItem,
    EvidenceLink,
    StoredObject,
)
from rightsledger.evidence.store import Digest, ObjectStore, get_store, read_chunks

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class IngestResult:
    item: EvidenceItem
    created: bool  # False: identical bytes were already an item of this case


def actor_name(user: Any) -> str:
    """The name the history records for ``user`` (as ``append_entry`` does)."""
    name = user.get_username() if user is not None and hasattr(user, "get_username") else ""
    return name or "system"


def record_custody(
    item: EvidenceItem,
    action: str,
    *,
    acting_user: Any,
    purpose: str = "",
    counterpart: str = "",
) -> CustodyEntry:
    """Append one custody entry, chained through the case's history in the same transaction."""
    if action not in CustodyAction.values:
        raise ValueError(f"unknown custody action {action!r}")
    with transaction.atomic():
        entry = CustodyEntry(
            case_id=item.case_id,
            item=item,
            action=action,
            actor=acting_user if getattr(acting_user, "pk", None) else None,
            actor_name=actor_name(acting_user),
            purpose=purpose[:500],
            counterpart=counterpart[:300],
            item_sha256=item.sha256,
        )
        history = append_entry(
            case=item.case,
            actor=acting_user,
            action=HistoryEntry.Action.OTHER,
            object_type="evidence.custody",
            object_id=str(item.pk),
            object_repr=f"{action}: {item}",
            after=entry.chained_content(),
            message=entry.purpose,
        )
        entry.timestamp = history.timestamp
        entry.history_entry = history
        entry.save(force_insert=True)
    return entry


def ingest_stream(
    *,
    case: Case,
    chunks: Iterable[bytes],
    file_name: str,
    acting_user: Any,
    description: str = "",
    source: Any = None,
    received_from: str = "",
    purpose: str = "",
    progress: Callable[[int], None] | None = None,
    store: ObjectStore | None = None,
    derive: bool = True,
) -> IngestResult:
    """Receive one file: hash while storing, inspect, record, derive.

    The bytes are in the store (complete, renamed into place) before the database knows of
    them; if the process dies in between, the next upload of the same bytes finds the object
    and only the record is written.
    """
    store = store or get_store()
    with store.received(chunks, progress=progress) as (digest, path):
        return ingest_stored(
            case=case, digest=digest, path=path, file_name=file_name, acting_user=acting_user,
            description=description, source=source, received_from=received_from,
            purpose=purpose, store=store, derive=derive,
        )  # fmt: skip


def ingest_files(
    *,
    case: Case,
    paths: Sequence[Path],
    acting_user: Any,
    store: ObjectStore | None = None,
    derive: bool = True,
    progress_for: Callable[[Path], Callable[[int], None] | None] | None = None,
    **fields: Any,
) -> Iterator[tuple[Path, IngestResult]]:
    """Ingest several files in order, yielding each path with its result as it is recorded.

    The next file is received (read, hashed, written, fsynced, committed) in a second thread
    while this one inspects and records the current file, so the two cores overlap store and
    database work.  A row is still written only after its object is committed; if recording
    fails, the file being received meanwhile is discarded.
    """
    store = store or get_store()

    def receive(path: Path) -> tuple[ExitStack, Digest, Path, Inspection]:
        stack = ExitStack()
        try:
            handle = stack.enter_context(open(path, "rb"))  # noqa: SIM115 - closed by the stack
            progress = progress_for(path) if progress_for is not None else None
            received = store.received(read_chunks(handle), progress=progress)
            digest, local = stack.enter_context(received)
            # Inspected here too (CPU work, no database), so the recording thread only records.
            return stack, digest, local, inspect_file(local)
        except BaseException:
            stack.close()
            raise

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="receive") as pool:
        upcoming = pool.submit(receive, paths[0]) if paths else None
        try:
            for index, path in enumerate(paths):
                assert upcoming is not None
                stack, digest, local, inspection = upcoming.result()
                upcoming = (
                    pool.submit(receive, paths[index + 1]) if index + 1 < len(paths) else None
                )
                with stack:  # leaves the staging area clean, whatever happens below
                    result = ingest_stored(
                        case=case, digest=digest, path=local, file_name=path.name,
                        acting_user=acting_user, store=store, derive=derive,
                        inspection=inspection, **fields,
                    )  # fmt: skip
                yield path, result
        finally:
            if upcoming is not None:
                with suppress(BaseException):
                    upcoming.result()[0].close()


def ingest_stored(
    *,
    case: Case,
    digest: Digest,
    path: Path,
    file_name: str,
    acting_user: Any,
    description: str = "",
    source: Any = None,
    received_from: str = "",
    purpose: str = "",
    store: ObjectStore | None = None,
    derive: bool = True,
    inspection: Inspection | None = None,
) -> IngestResult:
    """Record bytes already committed to the store (see ``ingest_stream``).

    ``inspection`` is what ``inspect_file`` found in ``path``, where the caller has it already.

    ``derive=False`` leaves derivatives to a later ``ensure_derivatives`` (a background job,
    or the next upload of the same bytes).
    """
    store = store or get_store()
    name = safe_file_name(file_name)
    existing = _existing_original(case, digest.sha256)
    if existing is not None:
        with transaction.atomic():
            record_custody(
                existing, CustodyAction.RECEIVED, acting_user=acting_user,
                purpose=purpose or f"received again as {name!r}", counterpart=received_from,
            )  # fmt: skip
        if derive:
            _derive_after_recording(existing, acting_user=acting_user, store=store)
        return IngestResult(existing, created=False)
    if inspection is None:
        inspection = inspect_file(path)
    try:
        with transaction.atomic():
            stored = _stored_object(digest, inspection.mime_type)
            # No original of these bytes in the case (checked above); a race ends in the
            # IntegrityError below, so the constraint's own two queries are not repeated.
            item = create_object(
                EvidenceItem, acting_user=acting_user, validate_constraints=False, case=case,
                stored_object=stored, sha256=digest.sha256, original_name=name,
                description=description,
                source=source, received_from=received_from[:300],
                mime_type=inspection.mime_type[:200], size=digest.size,
                embedded_metadata=inspection.metadata, inspection_problems=inspection.problems,
                extracted_text=inspection.text,
            )  # fmt: skip
            record_custody(
                item, CustodyAction.RECEIVED, acting_user=acting_user, purpose=purpose,
                counterpart=received_from,
            )  # fmt: skip
    except IntegrityError:
        # Someone else recorded the same bytes in this case a moment ago.
        existing = _existing_original(case, digest.sha256)
        if existing is None:
            raise
        return IngestResult(existing, created=False)
    if derive:
        _derive_after_recording(item, acting_user=acting_user, store=store,
                                is_image=inspection.is_image)  # fmt: skip
    return IngestResult(item, created=True)


def _derive_after_recording(item: EvidenceItem, **options: Any) -> None:
    """Make derivatives of an item already recorded, never failing the upload that made it.

    The original and its custody entry are committed: an error now would tell the sender
    that nothing was kept, and a retry would meet the same error.  A derivative that cannot
    be made is logged; the next upload of the same bytes (or ``ensure_derivatives``) makes it.
    """
    try:
        ensure_derivatives(item, **options)
    except Exception:
        logger.exception("derivatives of evidence %s not made; the original is kept", item.pk)


def _existing_original(case: Case, sha256: str) -> EvidenceItem | None:
    return EvidenceItem.objects.filter(case=case, sha256=sha256, derived_from__isnull=True).first()


def _stored_object(digest: Digest, mime_type: str) -> StoredObject:
    now = dt.datetime.now(tz=dt.UTC).replace(microsecond=0)
    # Hashed as they arrived: verified when stored.
    stored, _ = StoredObject.objects.get_or_create(
        sha256=digest.sha256,
        defaults={
            "sha512": digest.sha512, "size": digest.size, "mime_type": mime_type[:200],
            "stored_at": now, "verified_at": now,
        },
    )  # fmt: skip
    return stored


def ensure_derivatives(
    item: EvidenceItem,
    *,
    acting_user: Any,
    store: ObjectStore | None = None,
    is_image: bool | None = None,
) -> list[EvidenceItem]:
    """Make the missing derivatives of an original (idempotent: a retry completes the set)."""
    store = store or get_store()
    have = set(item.derivatives.values_list("derivative_kind", flat=True))
    wanted: list[derive.Derivative] = []
    if is_image is None:
        is_image = "image" in item.embedded_metadata
    needs_images = is_image and not {"stripped", "thumbnail"} <= have
    needs_ocr = is_image and not item.extracted_text and "text" not in have
    text = ""
    if needs_images or needs_ocr:
        with store.local_file(item.sha256) as path:
            if needs_images:
                try:
                    wanted += derive.image_derivatives(path, item.original_name)
                except Exception as exc:
                    logger.warning("no image derivatives for evidence %s: %s", item.pk, exc)
            if needs_ocr:
                text = ocr_text(path)
    if needs_ocr and text:
        item = update_object(
            item, acting_user=acting_user, extracted_text=text, message="text recognised (OCR)"
        )
    if item.extracted_text and "text" not in have:
        wanted.append(derive.text_derivative(item.extracted_text, item.original_name))
    made = []
    for derivative in wanted:
        if derivative.kind in have:
            continue
        digest = store.put_bytes(derivative.data)
        mime = {"stripped": "image/png", "thumbnail": "image/jpeg", "text": "text/plain"}
        with transaction.atomic():
            stored = _stored_object(digest, mime[derivative.kind])
            child = create_object(
                EvidenceItem, acting_user=acting_user, case=item.case, stored_object=stored,
                sha256=digest.sha256, original_name=derivative.name, mime_type=stored.mime_type,
                size=digest.size, derived_from=item, derivative_kind=derivative.kind,
                description=f"{derivative.kind} derivative of evidence {item.pk}",
            )  # fmt: skip
            record_custody(
                child, CustodyAction.DERIVED, acting_user=acting_user,
                purpose=f"{derivative.kind} made from {item.sha256}",
            )  # fmt: skip
        made.append(child)
    return made


def link_evidence(
    item: EvidenceItem, target: Any, *, acting_user: Any, notes: str = ""
) -> EvidenceLink:
    return create_object(
        EvidenceLink, acting_user=acting_user, case=item.case, item=item,
        target_type=ContentType.objects.get_for_model(target), target_id=target.pk, notes=notes,
    )  # fmt: skip
