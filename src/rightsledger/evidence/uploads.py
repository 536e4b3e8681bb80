"""Receiving an upload from HTTP straight into the store, one chunk at a time.

A raw body (any content type but multipart) is read from the request stream; a multipart
form goes through ``StoreUploadHandler``, which Django calls chunk by chunk as it parses, so
its ``file`` field never touches memory or a second temporary file either.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.core.files.uploadhandler import FileUploadHandler, SkipFile
from django.http import HttpRequest

from rightsledger.evidence.store import CHUNK_SIZE, Digest, PendingObject, get_store


@dataclass
class ReceivedUpload:
    """A finished upload in the store's temporary area, not yet committed."""

    pending: PendingObject
    digest: Digest
    name: str

    def commit(self) -> Path:
        """Store the bytes; the returned local file is readable until ``discard()``."""
        return self.pending.store.commit(self.pending, self.digest)

    def discard(self) -> None:
        self.pending.discard()


class StoreUploadHandler(FileUploadHandler):
    chunk_size = 1024 * 1024
    field_name = "file"

    def __init__(self, request: HttpRequest | None = None) -> None:
        super().__init__(request)
        self.pending: PendingObject | None = None
        self.received: ReceivedUpload | None = None

    def new_file(self, field_name: str, file_name: str, *args: Any, **kwargs: Any) -> None:
        super().new_file(field_name, file_name, *args, **kwargs)
        if field_name != self.field_name or self.pending is not None:
            raise SkipFile  # one file per upload request, in the field "file"
        self.pending = PendingObject(get_store())

    def receive_data_chunk(self, raw_data: bytes, start: int) -> None:
        assert self.pending is not None
        self.pending.write(raw_data)

    def file_complete(self, file_size: int) -> Any:  # a ReceivedUpload, not a file
        if self.pending is None or self.received is not None:
            return None
        self.received = ReceivedUpload(self.pending, self.pending.finish(), self.file_name or "")
        return self.received

    def upload_interrupted(self) -> None:
        self.discard()

    def discard(self) -> None:
        """Remove the staging file, if any (again: harmless)."""
        if self.pending is not None:
            self.pending.discard()


def body_chunks(request: HttpRequest) -> Iterator[bytes]:
    while chunk := request.read(CHUNK_SIZE):
        yield chunk
