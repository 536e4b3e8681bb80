"""The object store in an S3-compatible bucket (Amazon S3, MinIO, Ceph, Garage, …).

Objects are keys ``<prefix>objects/ab/cd/<sha256>``.  An upload is written with the condition
``If-None-Match: *``, so the store itself refuses to replace an object, and carries its
SHA-256 (``x-amz-checksum-sha256``), so the server refuses bytes that differ from what was
hashed here.  A single PUT or a completed multipart upload is atomic on S3: a reader sees the
whole object or none, and an upload cut short leaves nothing visible (an unfinished multipart
upload is aborted, or expires by the bucket's lifecycle rule).  Where the bucket has Object
Lock, ``retain_days`` also puts each object under compliance-mode retention, so not even an
administrator of the bucket can delete or overwrite it before then.

Credentials come from boto3's usual places (``AWS_ACCESS_KEY_ID``/``AWS_SECRET_ACCESS_KEY``,
``~/.aws``, an instance role), never from the database.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, cast

from rightsledger.evidence.store import (
    CHUNK_SIZE,
    Digest,
    ObjectStore,
    PendingObject,
    StoreError,
    object_key,
)

# One PUT carries at most 5 GiB on S3; larger objects go up in parts, each held in memory
# while its checksum is made (64 MiB: 1,024 parts for the 64 GiB upload limit, of S3's 10,000).
SINGLE_PUT_LIMIT = 5 * 1024**3
PART_SIZE = 64 * 1024**2
# Conditional writes answer 412 when the key exists, 409 when another write races ours.
_EXISTS_CODES = {"PreconditionFailed", "412", "ConditionalRequestConflict", "409"}
_MISSING_CODES = {"NoSuchKey", "404", "NotFound"}


@dataclass(frozen=True)
class S3Config:
    bucket: str
    prefix: str = ""
    endpoint_url: str | None = None
    region: str | None = None
    retain_days: int = 0


_clients: dict[S3Config, Any] = {}
_clients_lock = threading.Lock()


def client_for(config: S3Config) -> Any:
    """One boto3 client per configuration (clients are thread-safe; sessions are not)."""
    with _clients_lock:
        if config not in _clients:
            import boto3
            from botocore.config import Config

            _clients[config] = boto3.session.Session().client(
                "s3",
                endpoint_url=config.endpoint_url,
                region_name=config.region,
                config=Config(
                    # A custom endpoint (MinIO and the like) rarely serves bucket subdomains.
                    s3={"addressing_style": "path" if config.endpoint_url else "auto"},
                    retries={"max_attempts": 5, "mode": "standard"},
                    # We send our own SHA-256 checksum; no second one computed by the client.
                    request_checksum_calculation="when_required",
                    response_checksum_validation="when_required",
                ),
            )
        return _clients[config]


class S3Store(ObjectStore):
    def __init__(
        self,
        config: S3Config,
        tmp_dir: Path,
        *,
        client: Any = None,
        single_put_limit: int = SINGLE_PUT_LIMIT,
        part_size: int = PART_SIZE,
    ) -> None:
        self.config = config
        self.tmp_dir = tmp_dir
        self.client = client if client is not None else client_for(config)
        self.single_put_limit = single_put_limit
        self.part_size = part_size

    @classmethod
    def from_settings(cls, values: dict[str, Any], tmp_dir: Path) -> S3Store:
        return cls(S3Config(**values), tmp_dir)

    def describe(self) -> str:
        return f"s3://{self.config.bucket}/{self.config.prefix}"

    def key_for(self, sha256: str) -> str:
        return f"{self.config.prefix}objects/{object_key(sha256)}"

    def _call(self, operation: str, **kwargs: Any) -> Any:
        """A client call whose failures become ``StoreError`` naming the store and the cause."""
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            return getattr(self.client, operation)(Bucket=self.config.bucket, **kwargs)
        except ClientError as exc:
            raise _S3Failure(_error_code(exc), f"{self.describe()}: {exc}") from exc
        except BotoCoreError as exc:
            raise StoreError(
                f"the evidence store {self.describe()} is not reachable: {exc}"
            ) from exc

    def exists(self, sha256: str) -> bool:
        return self._head(sha256) is not None

    def _head(self, sha256: str) -> dict[str, Any] | None:
        try:
            return cast(dict[str, Any], self._call("head_object", Key=self.key_for(sha256)))
        except _S3Failure as exc:
            if exc.code in _MISSING_CODES:
                return None
            raise

    def commit(self, pending: PendingObject, digest: Digest) -> Path:
        head = self._head(digest.sha256)
        if head is None:
            try:
                if digest.size <= self.single_put_limit:
                    self._put(pending.temp_path, digest)
                else:
                    self._put_in_parts(pending.temp_path, digest)
            except _S3Failure as exc:
                if exc.code not in _EXISTS_CODES:
                    raise
                head = self._head(digest.sha256)  # stored meanwhile by someone else
        if head is not None and head.get("ContentLength") != digest.size:
            raise StoreError(
                f"{self.describe()} holds object {digest.sha256} with a different size "
                f"({head.get('ContentLength')} bytes, not {digest.size}): run `rightsledger verify`"
            )
        return pending.temp_path

    def _object_arguments(self, digest: Digest) -> dict[str, Any]:
        arguments: dict[str, Any] = {
            "Key": self.key_for(digest.sha256),
            "IfNoneMatch": "*",
            "ContentType": "application/octet-stream",
            "Metadata": {"sha512": digest.sha512},
        }
        if self.config.retain_days:
            until = dt.datetime.now(tz=dt.UTC) + dt.timedelta(days=self.config.retain_days)
            arguments |= {"ObjectLockMode": "COMPLIANCE", "ObjectLockRetainUntilDate": until}
        return arguments

    def _put(self, path: Path, digest: Digest) -> None:
        with open(path, "rb") as body:
            self._call(
                "put_object", Body=body, ContentLength=digest.size,
                ChecksumAlgorithm="SHA256", ChecksumSHA256=_b64(digest.sha256),
                **self._object_arguments(digest),
            )  # fmt: skip

    def _put_in_parts(self, path: Path, digest: Digest) -> None:
        arguments = self._object_arguments(digest)
        if_none_match = arguments.pop("IfNoneMatch")
        upload = self._call(
            "create_multipart_upload", ChecksumAlgorithm="SHA256", **arguments
        )  # fmt: skip
        upload_id, key = upload["UploadId"], arguments["Key"]
        try:
            parts = []
            with open(path, "rb") as handle:
                number = 0
                while data := handle.read(self.part_size):
                    number += 1
                    checksum = base64.b64encode(hashlib.sha256(data).digest()).decode()
                    answer = self._call(
                        "upload_part", Key=key, UploadId=upload_id, PartNumber=number,
                        Body=data, ChecksumSHA256=checksum,
                    )  # fmt: skip
                    parts.append(
                        {"PartNumber": number, "ETag": answer["ETag"], "ChecksumSHA256": checksum}
                    )
            self._call(
                "complete_multipart_upload", Key=key, UploadId=upload_id,
                MultipartUpload={"Parts": parts}, IfNoneMatch=if_none_match,
            )  # fmt: skip
        except BaseException:
            # Nothing of an unfinished upload is visible; abort so its parts are not kept.
            with suppress(StoreError):
                self._call("abort_multipart_upload", Key=key, UploadId=upload_id)
            raise

    def open(self, sha256: str) -> BinaryIO:
        try:
            answer = self._call("get_object", Key=self.key_for(sha256))
        except _S3Failure as exc:
            if exc.code in _MISSING_CODES:
                raise StoreError(f"object {sha256} is missing from the store") from exc
            raise
        return cast(BinaryIO, answer["Body"])

    @contextmanager
    def local_file(self, sha256: str) -> Iterator[Path]:
        self.tmp_dir.mkdir(parents=True, exist_ok=True)
        path = self.tmp_dir / f"read-{secrets.token_hex(12)}"
        try:
            with self.open(sha256) as source, open(path, "xb") as target:
                while chunk := source.read(CHUNK_SIZE):
                    target.write(chunk)
            yield path
        finally:
            path.unlink(missing_ok=True)

    def ensure_bucket(self) -> None:
        """Fail early, naming the store, when the bucket is missing or not ours to use."""
        self._call("head_bucket")


class _S3Failure(StoreError):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def _error_code(exc: Any) -> str:
    response = getattr(exc, "response", {}) or {}
    code = str(response.get("Error", {}).get("Code", ""))
    status = str(response.get("ResponseMetadata", {}).get("HTTPStatusCode", ""))
    return code if code and not code.isdigit() else status or code


def _b64(hex_digest: str) -> str:
    return base64.b64encode(bytes.fromhex(hex_digest)).decode()
