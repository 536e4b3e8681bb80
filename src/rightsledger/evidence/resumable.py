"""Resumable uploads: a file received in pieces, over as many requests as the connection needs.

The protocol is tus 1.0.0 (core, with the creation, termination and expiration extensions),
which the browser speaks through tus-js-client and programs through any tus client.  This
module holds what the protocol does to our data; ``views_resumable`` only translates HTTP.

- ``create_upload`` checks the case (the sender may add evidence to it) and the declared
  length (at most ``MAX_UPLOAD_BYTES``) before a byte is accepted, and reserves an empty
  staging file ``tus-<id>`` in the store's staging area.
- ``append`` writes one request's bytes at the offset the sender says, which must be the
  offset recorded; whatever arrived before a connection dropped is kept and counted, so the
  sender resumes from there.  The file is locked while it is written: of two requests for
  one upload, the second is refused (409) rather than interleaved.
- When the last byte is in, ``finish`` hashes the staged file, commits it to the store and
  records it through ``actions.ingest_stored`` — the same action as any upload (custody
  entry, history).  Before that moment nothing of the upload is an item of the case.
- Every request looks the upload up again through ``access_upload``: its sender only, and
  only while they may still add evidence to its case; anyone else gets 404.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import fcntl
import logging
import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import IO, Any

from django.conf import settings
from django.db import transaction
from django.http import Http404
from django.utils import timezone

from rightsledger.cases.models import Case
from rightsledger.evidence import actions
from rightsledger.evidence.models import EvidenceItem, ResumableUpload
from rightsledger.evidence.store import CHUNK_SIZE, get_store
from rightsledger.records.models import Source

logger = logging.getLogger(__name__)

TUS_VERSION = "1.0.0"
TUS_EXTENSIONS = "creation,termination,expiration"
# Metadata keys a sender may give (``filename`` is what tus clients send by convention).
METADATA_KEYS = {"filename", "case", "description", "received_from", "purpose", "source"}


class UploadRefused(Exception):
    """A request the protocol or our limits refuse; ``status`` is the HTTP answer."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def max_upload_bytes() -> int:
    return int(settings.MAX_UPLOAD_BYTES)


def max_age() -> dt.timedelta:
    return dt.timedelta(hours=int(settings.STAGING_MAX_AGE_HOURS))


def expires_at(upload: ResumableUpload) -> dt.datetime:
    """After this, an unfinished upload's bytes are removed (``rightsledger.staging``)."""
    return upload.touched_at + max_age()


def staged_path(upload: ResumableUpload) -> Path:
    return get_store().tmp_dir / upload.staged_name


def parse_metadata(header: str) -> dict[str, str]:
    """``Upload-Metadata``: comma-separated ``key base64value`` pairs (tus 1.0.0)."""
    found: dict[str, str] = {}
    for pair in filter(None, (p.strip() for p in header.split(","))):
        key, _, encoded = pair.partition(" ")
        if key not in METADATA_KEYS:
            raise UploadRefused(400, f"unknown Upload-Metadata key {key[:40]!r} (known: "
                                     f"{', '.join(sorted(METADATA_KEYS))})")  # fmt: skip
        if key in found:
            raise UploadRefused(400, f"Upload-Metadata key {key!r} given twice")
        try:
            found[key] = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            raise UploadRefused(
                400, f"Upload-Metadata {key!r} is not base64 of UTF-8 text"
            ) from None
    return found


def parse_length(value: str | None, header: str) -> int:
    if value is None or not value.isdigit():
        raise UploadRefused(400, f"{header} must be a non-negative whole number of bytes")
    return int(value)


def create_upload(*, user: Any, length: int, metadata: dict[str, str]) -> ResumableUpload:
    """Reserve an upload of ``length`` bytes into the case named by ``metadata['case']``."""
    slug = metadata.get("case", "")
    if not slug:
        raise UploadRefused(400, "Upload-Metadata must name the case ('case', its slug)")
    # Access before anything is kept: 404 for strangers, viewers and no such case alike.
    case = Case.objects.get_restricted_or_404(user, "change", slug=slug)
    if length > max_upload_bytes():
        raise UploadRefused(
            413, f"the file is larger than the limit of {max_upload_bytes():,} bytes"
        )
    if length == 0:
        raise UploadRefused(400, "an empty file is not evidence (Upload-Length is 0)")
    name = metadata.get("filename", "").strip()
    if not name:
        raise UploadRefused(400, "Upload-Metadata must give the file's name ('filename')")
    source = None
    if metadata.get("source"):
        if not metadata["source"].isdigit():
            raise UploadRefused(400, "Upload-Metadata 'source' must be a source's id")
        source = (Source.objects.restrict(user, "view")
                  .filter(case=case, pk=int(metadata["source"])).first())  # fmt: skip
        if source is None:
            raise UploadRefused(400, "no such source in this case")
    forget_expired()
    now = timezone.now()
    upload = ResumableUpload(
        id=uuid.uuid4(), target_case=case, created_by=user, length=length, file_name=name[:255],
        description=metadata.get("description", "")[:5000],
        received_from=metadata.get("received_from", "")[:300],
        purpose=metadata.get("purpose", "")[:500] or "resumable upload", source=source,
        created_at=now, touched_at=now,
    )  # fmt: skip
    path = staged_path(upload)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch(mode=0o600, exist_ok=False)
    try:
        upload.save(force_insert=True)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return upload


def access_upload(user: Any, upload_id: Any) -> ResumableUpload:
    """The upload, for its sender while they may still add evidence to its case; else 404.

    An unfinished upload whose bytes were removed (expired) is gone too.
    """
    try:
        key = uuid.UUID(str(upload_id))
    except ValueError:
        raise Http404("no such upload") from None
    upload = ResumableUpload.objects.get_restricted_or_404(user, "change", pk=key,
                                                           created_by_id=user.pk)  # fmt: skip
    if (
        upload.item_id is None
        and upload.offset < upload.length
        and not staged_path(upload).exists()
    ):
        raise Http404("this upload has expired")
    return upload


@contextmanager
def _locked(upload: ResumableUpload) -> Iterator[IO[bytes]]:
    """The staged file, open for writing and locked against a second request for it."""
    try:
        handle = open(staged_path(upload), "r+b", buffering=0)  # noqa: SIM115 - closed below
    except FileNotFoundError:
        raise UploadRefused(404, "this upload has expired") from None
    try:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise UploadRefused(409, "another request is sending this upload now") from None
        yield handle
    finally:
        handle.close()  # releases the lock


def append(
    upload: ResumableUpload, *, offset: int, content_length: int, read: Callable[[int], bytes]
) -> ResumableUpload:
    """Write the bytes ``read`` gives (at most ``content_length``) at ``offset``.

    Bytes that arrived before the connection dropped are kept and counted.  The last byte
    finishes the upload (``finish``).
    """
    if upload.item_id is not None or upload.offset == upload.length:
        raise UploadRefused(409, "this upload is complete")
    if content_length > upload.length - offset:
        raise UploadRefused(413, f"more bytes than the upload's length ({upload.length:,})")
    with _locked(upload) as handle:
        upload.refresh_from_db(fields=["offset", "touched_at"])  # as of the lock
        if offset != upload.offset:
            raise UploadRefused(409, f"Upload-Offset {offset} is not the upload's offset "
                                     f"({upload.offset}): ask with HEAD")  # fmt: skip
        if os.fstat(handle.fileno()).st_size < offset:
            # Never pad with zeros: the file would hash to bytes the sender never had.
            raise UploadRefused(410, "this upload's staged bytes are incomplete: send it anew")
        # Bytes past the recorded offset were written by a request that died before it
        # could count them: they are written again now.
        handle.truncate(offset)
        handle.seek(offset)
        written = 0
        try:
            while written < content_length:
                try:
                    chunk = read(min(CHUNK_SIZE, content_length - written))
                except OSError as exc:  # the connection dropped: keep what arrived
                    logger.info("upload %s interrupted at %s: %s", upload.pk, offset + written, exc)
                    break
                if not chunk:
                    break
                view = memoryview(chunk)
                while view:
                    view = view[handle.write(view) :]
                written += len(chunk)
        finally:
            os.fsync(handle.fileno())  # counted only once durable
            if written:
                ResumableUpload.objects.filter(pk=upload.pk, offset=offset).update(
                    offset=offset + written, touched_at=timezone.now()
                )
            upload.refresh_from_db(fields=["offset", "touched_at"])
    if upload.offset == upload.length:
        finish(upload)
    return upload


def finish(upload: ResumableUpload) -> EvidenceItem | None:
    """Record a complete upload as evidence (once; again is harmless).

    Hashed in one read of the staged file, committed to the store and recorded by the same
    action as any upload.  The staged file is gone afterwards.
    """
    if upload.item_id is not None:
        return upload.item
    if upload.offset != upload.length:
        return None
    with ExitStack() as stack:
        try:
            stack.enter_context(_locked(upload))
        except UploadRefused:
            upload.refresh_from_db()
            return upload.item  # finished (or being finished) by another request
        upload.refresh_from_db()
        if upload.item_id is not None:
            return upload.item
        store = get_store()
        with store.adopted(staged_path(upload)) as (digest, local):
            if digest.size != upload.length:  # only if the staged file was changed meanwhile
                raise UploadRefused(409, f"the staged file has {digest.size} bytes, "
                                         f"not {upload.length}: send it again")  # fmt: skip
            result = actions.ingest_stored(
                case=upload.target_case, digest=digest, path=local, file_name=upload.file_name,
                acting_user=upload.created_by, description=upload.description,
                source=upload.source, received_from=upload.received_from,
                purpose=upload.purpose, store=store,
            )  # fmt: skip
        upload.item = result.item
        upload.save(update_fields=["item"])
        return result.item
    return None  # not reached: the stack only closes


def terminate(upload: ResumableUpload) -> None:
    """Abandon an upload: its staged bytes and its row go (a finished item stays)."""
    with transaction.atomic():
        ResumableUpload.objects.filter(pk=upload.pk).delete()
    staged_path(upload).unlink(missing_ok=True)


def forget_expired(now: dt.datetime | None = None) -> int:
    """Remove uploads untouched for longer than the staging areas keep files."""
    cutoff = (now or timezone.now()) - max_age()
    old = list(ResumableUpload.objects.filter(touched_at__lt=cutoff))
    for upload in old:
        terminate(upload)
    return len(old)
