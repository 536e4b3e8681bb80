"""The evidence store in an S3-compatible bucket, against a real S3 server over HTTP (moto).

The same guarantees as the local store: content addressing, no object ever replaced, no
partial object visible, tampering in the bucket detected by ``verify``, and a refused or failed
upload leaves no record behind.
"""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest
from django.core.exceptions import ImproperlyConfigured
from rest_framework.test import APIClient

from rightsledger.archive.bag import export_bag
from rightsledger.config import env_s3_url
from rightsledger.evidence.actions import ingest_stream
from rightsledger.evidence.models import EvidenceItem, StoredObject
from rightsledger.evidence.s3store import S3Config, S3Store
from rightsledger.evidence.store import StoreError, get_store
from rightsledger.evidence.verify import verify
from tests import files

MiB = 1024 * 1024


@pytest.fixture(scope="module")
def s3_endpoint() -> Iterator[str]:
    from moto.server import ThreadedMotoServer

    saved = {k: os.environ.get(k) for k in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY")}
    # The server accepts any key; boto3 only needs some to sign requests.
    os.environ.update(AWS_ACCESS_KEY_ID="rightsledger-test", AWS_SECRET_ACCESS_KEY="secret")
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture
def raw_client(s3_endpoint: str) -> Any:
    """A client of our own, to look into the bucket (and tamper with it) behind the store."""
    return boto3.client("s3", endpoint_url=s3_endpoint, region_name="us-east-1")


@pytest.fixture
def bucket(raw_client: Any, settings: Any, s3_endpoint: str) -> str:
    name = f"evidence-{secrets.token_hex(6)}"
    raw_client.create_bucket(Bucket=name)
    settings.EVIDENCE_S3 = {
        "bucket": name, "prefix": "office/", "endpoint_url": s3_endpoint,
        "region": "us-east-1", "retain_days": 0,
    }  # fmt: skip
    return name


@pytest.fixture
def s3_store(bucket: str) -> S3Store:
    store = get_store()
    assert isinstance(store, S3Store)
    return store


def keys(raw_client: Any, bucket: str) -> list[str]:
    listing = raw_client.list_objects_v2(Bucket=bucket)
    return sorted(entry["Key"] for entry in listing.get("Contents", []))


def add(case: Any, user: Any, data: bytes, name: str = "file.bin") -> Any:
    return ingest_stream(case=case, chunks=[data], file_name=name, acting_user=user)


def test_ingest_stores_the_object_under_its_hash_in_the_bucket(
    case: Any, owner: Any, s3_store: S3Store, raw_client: Any, bucket: str, evidence_dir: Path
) -> None:
    data = b"statement of a witness " * 1000
    result = add(case, owner, data, "statement.txt")
    sha256 = hashlib.sha256(data).hexdigest()
    assert result.created
    assert result.item.sha256 == sha256
    key = f"office/objects/{sha256[:2]}/{sha256[2:4]}/{sha256}"
    # The extracted text becomes a derivative, stored the same way (here the same bytes).
    text = EvidenceItem.objects.get(derived_from=result.item, derivative_kind="text")
    assert keys(raw_client, bucket) == sorted({key, s3_store.key_for(text.sha256)})
    stored = raw_client.get_object(Bucket=bucket, Key=key)
    assert stored["Body"].read() == data
    assert stored["Metadata"]["sha512"] == hashlib.sha512(data).hexdigest()
    assert s3_store.rehash(sha256).sha512 == StoredObject.objects.get(pk=sha256).sha512
    # Nothing is left in the local staging area, and no object directory was made.
    assert list((evidence_dir / "tmp").iterdir()) == []
    assert not (evidence_dir / "objects").exists()


def test_identical_bytes_link_to_the_existing_object(
    case: Any, owner: Any, s3_store: S3Store, raw_client: Any, bucket: str
) -> None:
    first = add(case, owner, b"same bytes", "a.bin")
    again = add(case, owner, b"same bytes", "b.bin")
    assert again.item.pk == first.item.pk
    assert not again.created
    assert keys(raw_client, bucket) == [s3_store.key_for(first.item.sha256)]


def test_image_derivatives_are_made_from_the_bucket(
    case: Any, owner: Any, s3_store: S3Store, evidence_dir: Path
) -> None:
    photo = add(case, owner, files.jpeg_with_gps(), "house.jpg").item
    kinds = set(photo.derivatives.values_list("derivative_kind", flat=True))
    assert {"stripped", "thumbnail"} <= kinds
    for child in photo.derivatives.all():
        assert s3_store.exists(child.sha256)
        assert s3_store.rehash(child.sha256).sha256 == child.sha256
    assert list((evidence_dir / "tmp").iterdir()) == []  # downloaded copies are removed


def test_an_object_in_the_bucket_is_never_replaced(
    s3_store: S3Store, raw_client: Any, bucket: str
) -> None:
    digest = s3_store.put_bytes(b"original bytes")
    key = s3_store.key_for(digest.sha256)
    first = raw_client.head_object(Bucket=bucket, Key=key)
    # Someone's write behind our back with the condition fails on the server itself.
    with pytest.raises(raw_client.exceptions.ClientError) as refused:
        raw_client.put_object(Bucket=bucket, Key=key, Body=b"forged", IfNoneMatch="*")
    assert refused.value.response["ResponseMetadata"]["HTTPStatusCode"] == 412
    # Storing the same bytes again sends nothing and changes nothing.
    assert s3_store.put_bytes(b"original bytes") == digest
    assert raw_client.head_object(Bucket=bucket, Key=key)["ETag"] == first["ETag"]


def test_each_object_carries_its_sha256_for_the_server_to_check(
    s3_store: S3Store, raw_client: Any, bucket: str
) -> None:
    # S3 refuses a body whose SHA-256 differs from this header (the test server only keeps it).
    data = b"checked on arrival"
    digest = s3_store.put_bytes(data)
    head = raw_client.head_object(
        Bucket=bucket, Key=s3_store.key_for(digest.sha256), ChecksumMode="ENABLED"
    )
    assert base64.b64decode(head["ChecksumSHA256"]) == hashlib.sha256(data).digest()


def test_a_different_object_under_the_key_is_named_not_accepted(
    s3_store: S3Store, raw_client: Any, bucket: str
) -> None:
    data = b"the real bytes"
    sha256 = hashlib.sha256(data).hexdigest()
    raw_client.put_object(Bucket=bucket, Key=s3_store.key_for(sha256), Body=b"planted")
    with pytest.raises(StoreError, match=r"different size.*rightsledger verify"):
        s3_store.put_bytes(data)
    assert raw_client.get_object(Bucket=bucket, Key=s3_store.key_for(sha256))["Body"].read() == (
        b"planted"
    )


def test_verify_names_an_altered_or_missing_object_in_the_bucket(
    case: Any, owner: Any, s3_store: S3Store, raw_client: Any, bucket: str
) -> None:
    altered = add(case, owner, b"A" * 5000, "altered.bin").item
    missing = add(case, owner, b"B" * 5000, "missing.bin").item
    assert verify(case).ok
    raw_client.put_object(
        Bucket=bucket, Key=s3_store.key_for(altered.sha256), Body=b"A" * 4999 + b"Z"
    )
    raw_client.delete_object(Bucket=bucket, Key=s3_store.key_for(missing.sha256))
    report = verify(case)
    problems = {(p.kind, p.where): p.problem for p in report.problems}
    assert "SHA-256 does not match" in problems[("file", altered.sha256)]
    assert "missing" in problems[("file", missing.sha256)]
    assert len(report.problems) == 2


def test_large_objects_go_up_in_parts(
    s3_store: S3Store, raw_client: Any, bucket: str, evidence_dir: Path
) -> None:
    store = S3Store(s3_store.config, s3_store.tmp_dir, single_put_limit=5 * MiB, part_size=5 * MiB)
    data = secrets.token_bytes(11 * MiB + 123)
    digest = store.receive([data[i : i + MiB] for i in range(0, len(data), MiB)])
    assert digest.sha256 == hashlib.sha256(data).hexdigest()
    assert store.rehash(digest.sha256) == digest
    head = raw_client.head_object(Bucket=bucket, Key=store.key_for(digest.sha256))
    assert head["ETag"].strip('"').endswith("-3")  # three parts
    assert raw_client.list_multipart_uploads(Bucket=bucket).get("Uploads", []) == []
    assert list((evidence_dir / "tmp").iterdir()) == []


class FailingClient:
    """A client whose second part upload fails, as a dropped connection would."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self.parts = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.client, name)

    def upload_part(self, **kwargs: Any) -> Any:
        self.parts += 1
        if self.parts == 2:
            from botocore.exceptions import EndpointConnectionError

            raise EndpointConnectionError(endpoint_url="http://cut.example")
        return self.client.upload_part(**kwargs)


def test_a_failed_upload_leaves_nothing_visible_and_a_retry_completes(
    s3_store: S3Store, raw_client: Any, bucket: str, evidence_dir: Path
) -> None:
    failing = S3Store(
        s3_store.config, s3_store.tmp_dir, client=FailingClient(s3_store.client),
        single_put_limit=5 * MiB, part_size=5 * MiB,
    )  # fmt: skip
    data = secrets.token_bytes(12 * MiB)
    with pytest.raises(StoreError, match="not reachable"):
        failing.receive([data])
    assert keys(raw_client, bucket) == []
    assert raw_client.list_multipart_uploads(Bucket=bucket).get("Uploads", []) == []
    assert list((evidence_dir / "tmp").iterdir()) == []
    retry = S3Store(s3_store.config, s3_store.tmp_dir, single_put_limit=5 * MiB, part_size=5 * MiB)
    assert retry.receive([data]).sha256 == hashlib.sha256(data).hexdigest()


@pytest.fixture
def unreachable_store(evidence_dir: Path) -> S3Store:
    import socket

    from botocore.config import Config

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}"
    client = boto3.client("s3", endpoint_url=closed, region_name="us-east-1",
                          config=Config(retries={"max_attempts": 1}, connect_timeout=2))  # fmt: skip
    return S3Store(S3Config(bucket="evidence", endpoint_url=closed), evidence_dir / "tmp",
                   client=client)  # fmt: skip


def test_an_unreachable_store_is_named_and_nothing_is_recorded(
    case: Any, owner: Any, unreachable_store: S3Store, evidence_dir: Path
) -> None:
    with pytest.raises(StoreError, match=r"s3://evidence/ is not reachable"):
        ingest_stream(case=case, chunks=[b"bytes"], file_name="x.bin", acting_user=owner,
                      store=unreachable_store)  # fmt: skip
    assert not EvidenceItem.objects.exists()
    assert not StoredObject.objects.exists()
    assert list((evidence_dir / "tmp").iterdir()) == []


def test_the_api_answers_503_when_the_store_is_unreachable(
    case: Any, owner_client: APIClient, unreachable_store: S3Store, monkeypatch: Any
) -> None:
    from rightsledger.evidence import actions

    monkeypatch.setattr(actions, "get_store", lambda: unreachable_store)
    response = owner_client.generic(
        "POST", f"/api/evidence/upload/?case={case.slug}&name=x.bin", b"bytes",
        content_type="application/octet-stream",
    )  # fmt: skip
    assert response.status_code == 503
    assert "not reachable" in response.json()["detail"]
    assert not EvidenceItem.objects.exists()


def test_upload_and_download_over_the_api(
    case: Any, owner_client: APIClient, s3_store: S3Store
) -> None:
    data = secrets.token_bytes(300_000)
    response = owner_client.generic(
        "POST", f"/api/evidence/upload/?case={case.slug}&name=clip.bin", data,
        content_type="application/octet-stream",
    )  # fmt: skip
    assert response.status_code == 201, response.content
    item = response.json()
    assert s3_store.exists(item["sha256"])
    download = owner_client.get(f"/api/evidence/{item['id']}/download/")
    assert download.status_code == 200
    assert download["Content-Length"] == str(len(data))
    assert b"".join(download.streaming_content) == data


def test_multipart_form_upload_over_the_api(
    case: Any, owner_client: APIClient, s3_store: S3Store, evidence_dir: Path
) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = owner_client.post(
        f"/api/evidence/upload/?case={case.slug}",
        {"file": SimpleUploadedFile("form.pdf", files.pdf_with_text("Bucket register"))},
        format="multipart",
    )
    assert response.status_code == 201, response.content
    assert "Bucket register" in EvidenceItem.objects.get(pk=response.json()["id"]).extracted_text
    assert list((evidence_dir / "tmp").iterdir()) == []


def test_a_bag_is_exported_from_the_bucket(
    case: Any, owner: Any, s3_store: S3Store, tmp_path: Path
) -> None:
    import bagit

    item = add(case, owner, b"bagged evidence", "bagged.txt").item
    result = export_bag(case, tmp_path / "bag", acting_user=owner)
    bagit.Bag(str(result.path)).validate()
    assert (result.path / "data" / "evidence" / item.sha256).read_bytes() == b"bagged evidence"


def test_object_lock_retention_when_configured(
    raw_client: Any, s3_endpoint: str, evidence_dir: Path
) -> None:
    name = f"locked-{secrets.token_hex(6)}"
    raw_client.create_bucket(Bucket=name, ObjectLockEnabledForBucket=True)
    store = S3Store(S3Config(bucket=name, endpoint_url=s3_endpoint, region="us-east-1",
                             retain_days=3650), evidence_dir / "tmp")  # fmt: skip
    digest = store.put_bytes(b"kept for ten years")
    head = raw_client.head_object(Bucket=name, Key=store.key_for(digest.sha256))
    assert head["ObjectLockMode"] == "COMPLIANCE"
    with pytest.raises(raw_client.exceptions.ClientError):
        raw_client.delete_object(Bucket=name, Key=store.key_for(digest.sha256),
                                 VersionId=head["VersionId"])  # fmt: skip


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("s3://evidence", ("evidence", "")),
        ("s3://evidence/office/2026/", ("evidence", "office/2026/")),
    ],
)
def test_the_store_url_is_read_strictly(monkeypatch: Any, value: str, expected: Any) -> None:
    monkeypatch.setenv("RIGHTSLEDGER_EVIDENCE_S3_URL", value)
    assert env_s3_url("RIGHTSLEDGER_EVIDENCE_S3_URL") == expected


@pytest.mark.parametrize(
    "value", ["http://evidence", "s3://Evidence", "s3://ab", "s3://evidence/a/../b", "s3://e_v"]
)
def test_a_bad_store_url_stops_with_its_name(monkeypatch: Any, value: str) -> None:
    monkeypatch.setenv("RIGHTSLEDGER_EVIDENCE_S3_URL", value)
    with pytest.raises(ImproperlyConfigured, match="RIGHTSLEDGER_EVIDENCE_S3_URL"):
        env_s3_url("RIGHTSLEDGER_EVIDENCE_S3_URL")
