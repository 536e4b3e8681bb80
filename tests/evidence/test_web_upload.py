"""Adding evidence in the browser: streamed into the store, listed, and closed to others."""

from __future__ import annotations

import hashlib
import io
from typing import Any

from django.test import Client

from rightsledger.evidence.models import EvidenceItem


def client_for(user: Any, *, csrf: bool = False) -> Client:
    client = Client(enforce_csrf_checks=csrf)
    client.force_login(user)
    return client


def test_upload_stores_the_file_and_lists_it(case: Any, owner: Any) -> None:
    payload = b"%PDF-1.4\n% exhumation report, page 1\n" * 100
    upload = io.BytesIO(payload)
    upload.name = "exhumation-report.pdf"
    response = client_for(owner).post(f"/c/{case.slug}/evidence/upload/",
                                      {"file": upload, "description": "site B report",
                                       "received_from": "forensic team"})  # fmt: skip
    assert response.status_code == 302
    item = EvidenceItem.objects.get(case=case, derived_from__isnull=True)
    assert item.sha256 == hashlib.sha256(payload).hexdigest()
    assert (item.original_name, item.received_from) == ("exhumation-report.pdf", "forensic team")
    listing = client_for(owner).get(f"/c/{case.slug}/evidence/")
    assert "exhumation-report.pdf" in listing.content.decode()


def test_upload_checks_csrf_and_access(case: Any, owner: Any, viewer: Any, stranger: Any) -> None:
    upload = io.BytesIO(b"bytes")
    upload.name = "a.txt"
    refused = client_for(owner, csrf=True).post(
        f"/c/{case.slug}/evidence/upload/", {"file": upload}
    )
    assert refused.status_code == 403
    assert client_for(viewer).get(f"/c/{case.slug}/evidence/upload/").status_code == 404
    assert client_for(stranger).get(f"/c/{case.slug}/evidence/").status_code == 404
    upload.seek(0)
    assert client_for(viewer).post(f"/c/{case.slug}/evidence/upload/",
                                   {"file": upload}).status_code == 404  # fmt: skip
    assert not EvidenceItem.objects.exists()


def test_upload_without_a_file_says_so(case: Any, owner: Any) -> None:
    response = client_for(owner).post(f"/c/{case.slug}/evidence/upload/", {"description": "x"})
    assert response.status_code == 400
    assert "Choose a file" in response.content.decode()
