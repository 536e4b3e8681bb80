"""Resumable (tus 1.0.0) evidence uploads over the API: pieces, resumption, limits, access."""

from __future__ import annotations

import base64
import hashlib
import os
from pathlib import Path
from typing import Any

import pytest
from rest_framework.test import APIClient

from rightsledger.cases.actions import set_membership
from rightsledger.cases.roles import Role
from rightsledger.evidence import resumable
from rightsledger.evidence.models import CustodyEntry, EvidenceItem, ResumableUpload
from tests.conftest import client_for, make_user

TUS = {"HTTP_TUS_RESUMABLE": "1.0.0"}
PIECE = "application/offset+octet-stream"


def metadata(**values: str) -> str:
    return ",".join(f"{k} {base64.b64encode(v.encode()).decode()}" for k, v in values.items())


def create(client: APIClient, case: Any, length: int, **values: str) -> Any:
    return client.post("/api/evidence/uploads/", HTTP_UPLOAD_LENGTH=str(length),
                       HTTP_UPLOAD_METADATA=metadata(case=case.slug, **values), **TUS)  # fmt: skip


def send(client: APIClient, url: str, offset: int, data: bytes) -> Any:
    return client.generic("PATCH", url, data, content_type=PIECE,
                          HTTP_UPLOAD_OFFSET=str(offset), **TUS)  # fmt: skip


def offset_of(client: APIClient, url: str) -> int:
    response = client.head(url, **TUS)
    assert response.status_code == 200, response.content
    return int(response["Upload-Offset"])


def test_it_works_in_pieces_and_records_the_file_as_any_upload(case: Any, owner_client: APIClient,
                                                               evidence_dir: Path) -> None:  # fmt: skip
    data = os.urandom(3 * 1024 * 1024 + 17)
    created = create(owner_client, case, len(data), filename="grave-site.mp4",
                     description="drone footage", received_from="field team")  # fmt: skip
    assert created.status_code == 201, created.content
    assert created["Tus-Resumable"] == "1.0.0"
    assert "Upload-Expires" in created
    url = created["Location"]
    assert send(owner_client, url, 0, data[:1_000_000]).status_code == 204
    assert not EvidenceItem.objects.exists()  # a half-finished upload is no evidence item
    assert offset_of(owner_client, url) == 1_000_000
    last = send(owner_client, url, 1_000_000, data[1_000_000:])
    assert last.status_code == 204
    assert last["Upload-Offset"] == str(len(data))
    item = EvidenceItem.objects.get(pk=int(last["Rightsledger-Evidence-Item"]))
    assert item.sha256 == hashlib.sha256(data).hexdigest()
    assert item.stored_object.sha512 == hashlib.sha512(data).hexdigest()
    assert (item.original_name, item.description, item.received_from, item.size) == (
        "grave-site.mp4", "drone footage", "field team", len(data))  # fmt: skip
    custody = CustodyEntry.objects.get(item=item)
    assert (custody.action, custody.actor_name) == ("received", "owner")
    assert (evidence_dir / "objects").rglob(item.sha256)
    assert not list((evidence_dir / "tmp").iterdir())  # the staged file became the object
    shown = owner_client.get(url, **TUS).json()
    assert (shown["item"], shown["sha256"], shown["offset"]) == (item.pk, item.sha256, len(data))


def test_an_upload_cut_off_midway_resumes_to_the_same_sha256(case: Any, owner: Any,
                                                             owner_client: APIClient) -> None:  # fmt: skip
    data = os.urandom(9 * 1024 * 1024 + 5)
    url = create(owner_client, case, len(data), filename="interview.wav")["Location"]
    upload = ResumableUpload.objects.get()
    handed = 0

    def dropping(size: int) -> bytes:
        # The connection drops after 5 MiB of a request that promised all the bytes.
        nonlocal handed
        if handed >= 5 * 1024 * 1024:
            raise OSError("connection reset by peer")
        piece = data[handed : handed + min(size, 1024 * 1024)]
        handed += len(piece)
        return piece

    resumable.append(upload, offset=0, content_length=len(data), read=dropping)
    assert not EvidenceItem.objects.exists()
    resumed_at = offset_of(owner_client, url)
    assert resumed_at == 5 * 1024 * 1024  # what arrived before the drop is kept
    done = send(owner_client, url, resumed_at, data[resumed_at:])
    assert done.status_code == 204
    item = EvidenceItem.objects.get()
    assert item.sha256 == hashlib.sha256(data).hexdigest()
    assert item.size == len(data)


def test_it_validates_ownership_on_every_request(case: Any, owner: Any, viewer: Any,
                                                 stranger: Any) -> None:  # fmt: skip
    editor = make_user("editor")
    set_membership(case=case, user=editor, role=Role.EDITOR, acting_user=owner)
    data = b"x" * 4096
    for user in (viewer, stranger):
        assert create(client_for(user), case, len(data), filename="a.bin").status_code == 404
    sender = client_for(editor)
    url = create(sender, case, len(data), filename="a.bin")["Location"]
    assert send(sender, url, 0, data[:100]).status_code == 204
    # Nobody else, not even the case's owner, can see, feed or abandon someone's upload.
    for user in (viewer, stranger, owner):
        other = client_for(user)
        assert other.head(url, **TUS).status_code == 404
        assert send(other, url, 100, data[100:]).status_code == 404
        assert other.delete(url, **TUS).status_code == 404
    # The sender loses the right to add evidence midway: the next piece is refused too.
    set_membership(case=case, user=editor, role=Role.VIEWER, acting_user=owner)
    assert send(sender, url, 100, data[100:]).status_code == 404
    assert sender.head(url, **TUS).status_code == 404
    assert ResumableUpload.objects.get().offset == 100
    assert not EvidenceItem.objects.exists()


def test_it_enforces_the_size_limit_and_the_declared_length(case: Any, settings: Any,
                                                            owner_client: APIClient) -> None:  # fmt: skip
    settings.MAX_UPLOAD_BYTES = 10_000
    too_big = create(owner_client, case, 10_001, filename="big.bin")
    assert too_big.status_code == 413
    assert "10,000" in too_big.json()["detail"]
    assert not ResumableUpload.objects.exists()
    url = create(owner_client, case, 1000, filename="small.bin")["Location"]
    assert send(owner_client, url, 0, b"y" * 1001).status_code == 413  # past its length
    assert offset_of(owner_client, url) == 0
    options = owner_client.options("/api/evidence/uploads/")
    assert options["Tus-Max-Size"] == "10000"
    assert "creation" in options["Tus-Extension"]


def test_it_refuses_a_wrong_offset_and_bad_requests(case: Any, owner_client: APIClient) -> None:
    url = create(owner_client, case, 100, filename="n.txt")["Location"]
    assert send(owner_client, url, 0, b"a" * 40).status_code == 204
    assert send(owner_client, url, 0, b"a" * 40).status_code == 409  # sent twice
    assert send(owner_client, url, 50, b"a" * 40).status_code == 409  # a gap
    wrong_type = owner_client.generic("PATCH", url, b"a", content_type="text/plain",
                                      HTTP_UPLOAD_OFFSET="40", **TUS)  # fmt: skip
    assert wrong_type.status_code == 415
    assert owner_client.head(url).status_code == 412  # no Tus-Resumable
    assert create(owner_client, case, 100).status_code == 400  # no file name
    no_case = owner_client.post("/api/evidence/uploads/", HTTP_UPLOAD_LENGTH="10",
                                HTTP_UPLOAD_METADATA=metadata(filename="a"), **TUS)  # fmt: skip
    assert no_case.status_code == 400
    unknown = owner_client.post("/api/evidence/uploads/", HTTP_UPLOAD_LENGTH="10",
                                HTTP_UPLOAD_METADATA="case !!!", **TUS)  # fmt: skip
    assert unknown.status_code == 400
    assert offset_of(owner_client, url) == 40


def test_the_same_bytes_again_are_the_existing_item(case: Any, owner_client: APIClient) -> None:
    data = b"statement of witness 7\n" * 500
    for _ in range(2):
        url = create(owner_client, case, len(data), filename="w7.txt")["Location"]
        assert send(owner_client, url, 0, data).status_code == 204
    item = EvidenceItem.objects.get(derived_from__isnull=True)
    assert CustodyEntry.objects.filter(item=item, action="received").count() == 2


def test_termination_and_expiry_remove_the_staged_bytes(case: Any, owner_client: APIClient,
                                                        evidence_dir: Path) -> None:  # fmt: skip
    url = create(owner_client, case, 100, filename="gone.bin")["Location"]
    send(owner_client, url, 0, b"z" * 10)
    assert owner_client.delete(url, **TUS).status_code == 204
    assert owner_client.head(url, **TUS).status_code == 404
    assert not list((evidence_dir / "tmp").iterdir())
    url = create(owner_client, case, 100, filename="left.bin")["Location"]
    upload = ResumableUpload.objects.get()
    assert resumable.forget_expired(now=upload.touched_at + resumable.max_age()) == 0
    assert resumable.forget_expired(
        now=upload.touched_at + resumable.max_age() + resumable.max_age() / 10) == 1  # fmt: skip
    assert owner_client.head(url, **TUS).status_code == 404
    assert not list((evidence_dir / "tmp").iterdir())


@pytest.mark.parametrize("header", ["case YQ==,case YQ==", "filename ***"])
def test_metadata_is_parsed_strictly(header: str) -> None:
    with pytest.raises(resumable.UploadRefused):
        resumable.parse_metadata(header)


def test_a_dropped_connection_over_a_real_socket_resumes(serial_live_server: Any, owner: Any,
                                                         case: Any) -> None:  # fmt: skip
    import http.client
    import socket
    from urllib.parse import urlsplit

    from rest_framework.authtoken.models import Token

    token = Token.objects.create(user=owner).key
    auth = {"Authorization": f"Token {token}", "Tus-Resumable": "1.0.0"}
    host = urlsplit(serial_live_server.url)
    data = os.urandom(6 * 1024 * 1024 + 3)
    web = http.client.HTTPConnection(host.hostname, host.port, timeout=30)
    web.request("POST", "/api/evidence/uploads/", headers={
        **auth, "Upload-Length": str(len(data)),
        "Upload-Metadata": metadata(case=case.slug, filename="night-video.mp4")})  # fmt: skip
    created = web.getresponse()
    created.read()
    assert created.status == 201
    path = urlsplit(created.getheader("Location")).path
    # Promise every byte, send a third, and hang up.
    cut = len(data) // 3
    raw = socket.create_connection((host.hostname, host.port), timeout=30)
    head = (f"PATCH {path} HTTP/1.1\r\nHost: {host.netloc}\r\n"
            f"Authorization: Token {token}\r\nTus-Resumable: 1.0.0\r\n"
            f"Content-Type: {PIECE}\r\nUpload-Offset: 0\r\nContent-Length: {len(data)}\r\n\r\n")  # fmt: skip
    raw.sendall(head.encode() + data[:cut])
    raw.shutdown(socket.SHUT_WR)
    raw.recv(65536)  # the server's answer, once it has seen the connection end
    raw.close()
    assert not EvidenceItem.objects.exists()
    web.request("HEAD", path, headers=auth)
    answer = web.getresponse()
    answer.read()
    offset = int(answer.getheader("Upload-Offset"))
    assert offset == cut
    web.request("PATCH", path, body=data[offset:], headers={
        **auth, "Content-Type": PIECE, "Upload-Offset": str(offset)})  # fmt: skip
    done = web.getresponse()
    done.read()
    assert done.status == 204, done.status
    item = EvidenceItem.objects.get(pk=int(done.getheader("Rightsledger-Evidence-Item")))
    assert item.sha256 == hashlib.sha256(data).hexdigest()


def test_lost_staged_bytes_are_never_padded(case: Any, owner_client: APIClient,
                                            evidence_dir: Path) -> None:  # fmt: skip
    url = create(owner_client, case, 100, filename="cut.bin")["Location"]
    assert send(owner_client, url, 0, b"q" * 60).status_code == 204
    staged = next((evidence_dir / "tmp").iterdir())
    staged.write_bytes(b"q" * 20)  # the staging area lost bytes behind our back
    assert send(owner_client, url, 60, b"q" * 40).status_code == 410
    assert not EvidenceItem.objects.exists()
