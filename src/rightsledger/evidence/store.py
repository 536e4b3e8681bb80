"""The content-addressed object store: local files, or an S3-compatible bucket.

An object is addressed by its SHA-256 and is never written again once stored.  Bytes arrive
in one pass: each chunk is hashed (SHA-256 and SHA-512, the latter in a second thread, since
hashlib releases the GIL) and written to a staging file in ``EVIDENCE_DIR/tmp``; only a
complete, fsynced file becomes an object (renamed into place, or uploaded with a condition
that it does not exist yet), so an interrupted upload leaves at most an invisible staging file.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import AbstractContextManager, contextmanager, suppress
from dataclasses import dataclass
from io import FileIO
from pathlib import Path
from typing import BinaryIO

from django.conf import settings

from rightsledger.errors import ServiceUnavailable

CHUNK_SIZE = 4 * 1024 * 1024
# Temporary files older than this are left over from interrupted uploads.

# Each upload has at most one SHA-512 update in flight, so its order is kept with any pool size.
_hash_pool = ThreadPoolExecutor(
    max_workers=min(4, os.cpu_count() or 1), thread_name_prefix="sha512"
)
# Written bytes are flushed to disk in the background every WRITEBACK_BYTES, while hashing goes
# on; otherwise the kernel writes the whole file only in the final fsync, after all hashing is
# done (measured: a third of the time of a large upload).  8 MiB was the best step measured.
WRITEBACK_BYTES = 8 * 1024 * 1024
_sync_pool = ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1), thread_name_prefix="sync")
_datasync = getattr(os, "fdatasync", os.fsync)


@dataclass(frozen=True)
class Digest:
    sha256: str
    sha512: str
    size: int


class StoreError(ServiceUnavailable):
    """The store cannot accept or return an object (disk full, missing file, …)."""


class PendingObject:
    """Bytes being received: write chunks, then ``finish()`` gives the digest."""

    def __init__(self, store: ObjectStore) -> None:
        self.store = store
        self._sha256 = hashlib.sha256()
        self._sha512 = hashlib.sha512()
        self.size = 0
        store.tmp_dir.mkdir(parents=True, exist_ok=True)
        self.temp_path = store.tmp_dir / f"upload-{secrets.token_hex(12)}"
        # Unbuffered: chunks are large, and a buffer would only add a copy of each.
        self._file: FileIO | None = open(self.temp_path, "xb", buffering=0)  # noqa: SIM115
        self._sha512_pending: Future[None] | None = None
        self._sync_pending: Future[None] | None = None
        self._synced_size = 0

    def write(self, chunk: bytes) -> None:
        if self._file is None:
            raise StoreError("the upload is already finished")
        # SHA-512 of this chunk runs in the other thread while this one hashes SHA-256, writes,
        # and goes on to read the next chunk; it waits only before the next SHA-512 update.
        self._sha256.update(chunk)
        view = memoryview(chunk)
        while view:  # a raw file may write less than it is given
            view = view[self._file.write(view) :]
        self._wait_sha512()
        self._sha512_pending = _hash_pool.submit(self._sha512.update, chunk)
        self.size += len(chunk)
        if self.size - self._synced_size >= WRITEBACK_BYTES and (
            self._sync_pending is None or self._sync_pending.done()
        ):
            self._wait_sync()  # raises the error of an earlier flush (EIO, disk full)
            self._sync_pending = _sync_pool.submit(_datasync, self._file.fileno())
            self._synced_size = self.size

    def _wait_sha512(self) -> None:
        if self._sha512_pending is not None:
            self._sha512_pending.result()
            self._sha512_pending = None

    def _wait_sync(self) -> None:
        # Also before the file is closed: a flush must never run on a closed (reused) descriptor.
        if self._sync_pending is not None:
            self._sync_pending.result()
            self._sync_pending = None

    def finish(self) -> Digest:
        if self._file is None:
            raise StoreError("the upload is already finished")
        self._wait_sha512()
        self._wait_sync()
        os.fsync(self._file.fileno())  # complete and durable before it can become an object
        self._file.close()
        self._file = None
        return Digest(self._sha256.hexdigest(), self._sha512.hexdigest(), self.size)

    def discard(self) -> None:
        self._wait_sha512()
        with suppress(OSError):
            self._wait_sync()  # the bytes are thrown away: a failed flush does not matter
        if self._file is not None:
            self._file.close()
            self._file = None
        self.temp_path.unlink(missing_ok=True)


class StagedFile(PendingObject):
    """A file already complete in the staging area (a resumable upload's), to be committed.

    Its pieces arrived over several requests, perhaps in several processes, so it is hashed
    here in one read (SHA-512 in the other thread, as while receiving); ``commit`` and
    ``discard`` then work as for any upload.
    """

    def __init__(self, store: ObjectStore, path: Path) -> None:
        self.store = store
        self.temp_path = path
        self._file = None
        self._sha512_pending = None
        self._sync_pending = None

    def finish(self) -> Digest:
        h256, h512, size = hashlib.sha256(), hashlib.sha512(), 0
        pending: Future[None] | None = None
        with open(self.temp_path, "rb", buffering=0) as handle:
            os.fsync(handle.fileno())  # durable before it can become an object
            while chunk := handle.read(CHUNK_SIZE):
                h256.update(chunk)
                if pending is not None:
                    pending.result()
                pending = _hash_pool.submit(h512.update, chunk)
                size += len(chunk)
        if pending is not None:
            pending.result()
        return Digest(h256.hexdigest(), h512.hexdigest(), size)


class ObjectStore(ABC):
    """Where evidence bytes live, addressed by their SHA-256; nothing stored is ever replaced.

    Bytes are first received into a local staging file (``tmp_dir``) while they are hashed;
    ``commit`` then makes the complete object visible in the store.  Subclasses say where.
    """

    tmp_dir: Path

    @abstractmethod
    def describe(self) -> str:
        """Where the store is, for messages (a directory or ``s3://bucket/prefix``)."""

    @abstractmethod
    def exists(self, sha256: str) -> bool:
        """Whether the object is stored (not whether it is intact: see ``rehash``)."""

    @abstractmethod
    def commit(self, pending: PendingObject, digest: Digest) -> Path:
        """Make a finished upload a stored object (identical bytes already there are kept).

        Returns a local file holding the bytes, readable until ``pending.discard()``.
        """

    @abstractmethod
    def open(self, sha256: str) -> BinaryIO:
        """The stored bytes to read; ``StoreError`` if the object is missing."""

    @abstractmethod
    def local_file(self, sha256: str) -> AbstractContextManager[Path]:
        """A local file with the object's bytes, for tools that need a path (images, OCR)."""

    @contextmanager
    def received(
        self, chunks: Iterable[bytes], progress: Callable[[int], None] | None = None
    ) -> Iterator[tuple[Digest, Path]]:
        """Stream ``chunks`` into the store; inside, the digest and a local copy to inspect."""
        pending = PendingObject(self)
        try:
            for chunk in chunks:
                pending.write(chunk)
                if progress is not None:
                    progress(pending.size)
            digest = pending.finish()
            yield digest, self.commit(pending, digest)
        finally:
            pending.discard()

    @contextmanager
    def adopted(self, path: Path) -> Iterator[tuple[Digest, Path]]:
        """Commit a complete staged file (``received`` for bytes that arrived in pieces);
        the staged file is gone afterwards, whatever happens."""
        pending = StagedFile(self, path)
        try:
            digest = pending.finish()
            yield digest, self.commit(pending, digest)
        finally:
            pending.discard()

    def receive(
        self, chunks: Iterable[bytes], progress: Callable[[int], None] | None = None
    ) -> Digest:
        with self.received(chunks, progress) as (digest, _):
            return digest

    def put_bytes(self, data: bytes) -> Digest:
        return self.receive([data])

    def iter_bytes(self, sha256: str, chunk_size: int = CHUNK_SIZE) -> Iterator[bytes]:
        with self.open(sha256) as handle:
            while chunk := handle.read(chunk_size):
                yield chunk

    def rehash(self, sha256: str) -> Digest:
        """Read the stored object again and hash it (both digests, one pass)."""
        h256, h512, size = hashlib.sha256(), hashlib.sha512(), 0
        # Callers verify many files at once in threads, so both digests run in this one.
        for chunk in self.iter_bytes(sha256):
            h256.update(chunk)
            h512.update(chunk)
            size += len(chunk)
        return Digest(h256.hexdigest(), h512.hexdigest(), size)


def object_key(sha256: str) -> str:
    """``ab/cd/abcd…``: the object's place under the store's root (checked to be a digest)."""
    if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
        raise StoreError(f"not a SHA-256 digest: {sha256!r}")
    return f"{sha256[:2]}/{sha256[2:4]}/{sha256}"


class FileStore(ObjectStore):
    """Objects as read-only files ``objects/ab/cd/<sha256>`` under a local directory.

    A staged file is fsynced, then renamed into place, so an object is either complete or
    absent; the rename is on the same file system, hence atomic.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self.objects_dir = root / "objects"
        self.tmp_dir = root / "tmp"

    def describe(self) -> str:
        return str(self.root)

    def path_for(self, sha256: str) -> Path:
        return self.objects_dir / object_key(sha256)

    def exists(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def commit(self, pending: PendingObject, digest: Digest) -> Path:
        final = self.path_for(digest.sha256)
        if final.is_file():
            return final  # the caller's discard removes the staged copy
        created = _make_dirs(final.parent)
        os.chmod(pending.temp_path, 0o444)
        os.replace(pending.temp_path, final)
        _fsync_dir(final.parent)
        # A directory made just now is durable only once its own parent is synced too.
        for directory in created:
            _fsync_dir(directory.parent)
        return final

    def open(self, sha256: str) -> BinaryIO:
        try:
            return open(self.path_for(sha256), "rb")
        except FileNotFoundError as exc:
            raise StoreError(f"object {sha256} is missing from the store") from exc

    @contextmanager
    def local_file(self, sha256: str) -> Iterator[Path]:
        path = self.path_for(sha256)
        if not path.is_file():
            raise StoreError(f"object {sha256} is missing from the store")
        yield path


def _make_dirs(path: Path) -> list[Path]:
    """``mkdir -p``; returns the directories it made, deepest first."""
    missing = []
    while not path.is_dir():
        missing.append(path)
        path = path.parent
    for directory in reversed(missing):
        directory.mkdir(exist_ok=True)
    return missing


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def get_store() -> ObjectStore:
    """The configured store: an S3-compatible bucket when one is set, else local files."""
    if settings.EVIDENCE_S3 is not None:
        from rightsledger.evidence.s3store import S3Store

        return S3Store.from_settings(settings.EVIDENCE_S3, Path(settings.EVIDENCE_DIR) / "tmp")
    return FileStore(Path(settings.EVIDENCE_DIR))


def read_chunks(handle: BinaryIO, chunk_size: int = CHUNK_SIZE) -> Iterator[bytes]:
    while chunk := handle.read(chunk_size):
        yield chunk
