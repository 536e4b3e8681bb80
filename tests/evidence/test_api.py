"""Upload, download and custody over the API; strangers cannot learn that evidence exists."""

from __future__ import annotations

import hashlib
from typing import Any

from rest_framework.test import APIClient

from rightsledger.evidence.models import CustodyEntry, EvidenceItem
from rightsledger.evidence.store import FileStore
from tests.conftest import client_for


def upload(client: APIClient, case: Any, data: bytes, **params: str) -> Any:
    query = "&".join(f"{k}={v}" for k, v in {"case": case.slug, **params}.items())
    return client.generic(
        "POST", f"/api/evidence/upload/?{query}", data, content_type="application/octet-stream"
    )


def test_owner_uploads_a_raw_body(case: Any, owner_client: APIClient) -> None:
    response = upload(owner_client, case, b"raw evidence", name="note.txt", description="d")
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["sha256"] == hashlib.sha256(b"raw evidence").hexdigest()
    assert body["sha512"] == hashlib.sha512(b"raw evidence").hexdigest()
    assert body["original_name"] == "note.txt"
    assert upload(owner_client, case, b"raw evidence").status_code == 200


def test_a_raw_body_without_a_length_is_refused_not_stored_empty(
    case: Any, owner_client: APIClient
) -> None:
    response = owner_client.generic(
        "POST", f"/api/evidence/upload/?case={case.slug}&name=clip.bin", b"",
        content_type="application/octet-stream", CONTENT_LENGTH="", HTTP_TRANSFER_ENCODING="chunked",
    )  # fmt: skip
    assert response.status_code == 411
    assert "Content-Length" in response.json()["detail"]
    assert not EvidenceItem.objects.exists()


def test_owner_uploads_multipart(case: Any, owner_client: APIClient, store: FileStore) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    file = SimpleUploadedFile("photo.bin", b"multipart bytes")
    response = owner_client.post(
        f"/api/evidence/upload/?case={case.slug}", {"file": file}, format="multipart"
    )
    assert response.status_code == 201, response.content
    assert response.json()["original_name"] == "photo.bin"
    assert list(store.tmp_dir.iterdir()) == []


def test_viewer_stranger_and_nonexistent_case_get_the_same_404(
    case: Any, viewer_client: APIClient, stranger_client: APIClient, store: FileStore
) -> None:
    answers = []
    for client, slug in [(viewer_client, case.slug), (stranger_client, case.slug),
                         (stranger_client, "no-such-case")]:  # fmt: skip
        response = client.generic(
            "POST", f"/api/evidence/upload/?case={slug}", b"x", content_type="text/plain"
        )
        answers.append((response.status_code, response.content))
    assert {a[0] for a in answers} == {404}
    assert len({a[1] for a in answers}) == 1
    assert not EvidenceItem.objects.exists()
    assert not store.objects_dir.exists() or not any(store.objects_dir.rglob("*"))


def test_stranger_cannot_list_download_or_probe(
    case: Any, owner: Any, owner_client: APIClient, stranger: Any
) -> None:
    item_id = upload(owner_client, case, b"secret", name="s.txt").json()["id"]
    stranger_client = client_for(stranger)
    assert stranger_client.get("/api/evidence/", {"case": case.slug}).json()["results"] == []
    sha = hashlib.sha256(b"secret").hexdigest()
    assert stranger_client.get("/api/evidence/", {"sha256": sha}).json()["results"] == []
    for path in ("", "download/", "custody/"):
        real = stranger_client.get(f"/api/evidence/{item_id}/{path}")
        missing = stranger_client.get(f"/api/evidence/{item_id + 999}/{path}")
        assert real.status_code == missing.status_code == 404
        assert real.content == missing.content
    assert (
        stranger_client.patch(f"/api/evidence/{item_id}/", {"description": "x"}).status_code == 404
    )
    # Uploading the same bytes to their own case tells them nothing about this one.
    from rightsledger.cases.actions import create_case

    own = create_case(name="Stranger's case", owner=stranger)
    assert upload(stranger_client, own, b"secret").status_code == 201


def test_download_is_recorded_in_custody(
    case: Any, owner_client: APIClient, viewer_client: APIClient
) -> None:
    item_id = upload(owner_client, case, b"the bytes", name="a.txt").json()["id"]
    response = viewer_client.get(f"/api/evidence/{item_id}/download/", {"purpose": "review"})
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"the bytes"
    assert response["Content-Type"] == "application/octet-stream"
    entry = CustodyEntry.objects.filter(item_id=item_id).latest("pk")
    assert (entry.action, entry.actor_name, entry.purpose) == ("downloaded", "viewer", "review")


def test_custody_list_and_transfer(
    case: Any, owner_client: APIClient, viewer_client: APIClient
) -> None:
    item_id = upload(owner_client, case, b"bytes", name="a.txt").json()["id"]
    url = f"/api/evidence/{item_id}/custody/"
    payload = {"action": "transferred", "purpose": "to the prosecutor", "counterpart": "ICC OTP"}
    assert viewer_client.post(url, payload, format="json").status_code == 404
    response = owner_client.post(url, payload, format="json")
    assert response.status_code == 200, response.content
    assert [e["action"] for e in response.json()] == ["received", "transferred"]
    assert viewer_client.get(url).status_code == 200


def test_viewer_cannot_change_an_item(
    case: Any, owner_client: APIClient, viewer_client: APIClient
) -> None:
    item_id = upload(owner_client, case, b"bytes", name="a.txt").json()["id"]
    url = f"/api/evidence/{item_id}/"
    assert viewer_client.patch(url, {"description": "mine"}, format="json").status_code == 404
    response = owner_client.patch(url, {"description": "roof camera", "sha256": "0" * 64})
    assert response.status_code == 200
    assert response.json()["description"] == "roof camera"
    assert response.json()["sha256"] == hashlib.sha256(b"bytes").hexdigest()
    assert owner_client.delete(url).status_code == 405


def test_text_search(case: Any, owner_client: APIClient, viewer_client: APIClient) -> None:
    from tests import files

    upload(owner_client, case, files.pdf_with_text("Mass grave near the mill"), name="r.pdf")
    upload(owner_client, case, b"unrelated", name="u.txt")
    found = viewer_client.get("/api/evidence/", {"case": case.slug, "q": "grave near"}).json()
    assert [r["original_name"] for r in found["results"]] == ["r.pdf"]


def test_large_uploads_pass_the_request_size_limit(
    case: Any, owner_client: APIClient, settings: Any
) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    big = b"v" * (3 * settings.MAX_REQUEST_BYTES)
    raw = upload(owner_client, case, big, name="big.bin")
    assert raw.status_code == 201, raw.content
    assert raw.json()["size"] == len(big)
    form = owner_client.post(
        f"/api/evidence/upload/?case={case.slug}",
        {"file": SimpleUploadedFile("big2.bin", big + b"2")},
        format="multipart",
    )
    assert form.status_code == 201, form.content
    # Elsewhere the limit still holds.
    too_big = owner_client.generic("POST", "/api/sources/", big, content_type="application/json")
    assert too_big.status_code == 413
