"""A file name at the length limit: stored once, answered with success, never an error after."""

from __future__ import annotations

from typing import Any

import pytest
from rest_framework.test import APIClient

from rightsledger.evidence import actions
from rightsledger.evidence.inspect import MAX_NAME_CHARS
from rightsledger.evidence.models import CustodyEntry, EvidenceItem
from tests.evidence.test_api import upload
from tests.files import jpeg_with_gps


@pytest.mark.parametrize("length", [251, 252, 253, 254, 255, 300])
@pytest.mark.parametrize("extension", ["", ".txt"])
def test_a_text_file_with_a_name_at_the_limit(
    case: Any, owner_client: APIClient, store: Any, length: int, extension: str
) -> None:
    name = "n" * (length - len(extension)) + extension
    data = f"statement {length}{extension}\n".encode()
    response = upload(owner_client, case, data, name=name)
    assert response.status_code == 201, response.content
    original = EvidenceItem.objects.get(pk=response.json()["id"])
    assert len(original.original_name) <= MAX_NAME_CHARS
    assert original.original_name.endswith(extension or "n")
    derived = list(original.derivatives.all())
    assert [d.derivative_kind for d in derived] == ["text"]
    assert all(len(d.original_name) <= MAX_NAME_CHARS for d in derived)
    assert derived[0].original_name.endswith(".txt")
    again = upload(owner_client, case, data, name=name)
    assert again.status_code == 200, again.content
    assert EvidenceItem.objects.filter(derived_from__isnull=True).count() == 1


def test_an_image_with_a_name_at_the_limit(case: Any, owner_client: APIClient, store: Any) -> None:
    name = "p" * 251 + ".jpg"
    response = upload(owner_client, case, jpeg_with_gps(), name=name)
    assert response.status_code == 201, response.content
    original = EvidenceItem.objects.get(pk=response.json()["id"])
    names = {d.derivative_kind: d.original_name for d in original.derivatives.all()}
    assert set(names) >= {"stripped", "thumbnail"}
    assert all(len(n) <= MAX_NAME_CHARS for n in names.values())
    assert names["stripped"].endswith(".stripped.png")


def test_a_failing_derivative_does_not_turn_a_stored_upload_into_an_error(
    case: Any, owner_client: APIClient, store: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(text: str, original_name: str) -> Any:
        raise ValueError("the text derivative broke")

    monkeypatch.setattr(actions.derive, "text_derivative", broken)
    response = upload(owner_client, case, b"witness statement\n", name="w.txt")
    assert response.status_code == 201, response.content
    item = EvidenceItem.objects.get(pk=response.json()["id"])
    assert CustodyEntry.objects.filter(item=item, action="received").count() == 1
    assert not item.derivatives.exists()
    # The next upload of the same bytes completes the derivatives.
    monkeypatch.undo()
    assert upload(owner_client, case, b"witness statement\n", name="w.txt").status_code == 200
    assert [d.derivative_kind for d in item.derivatives.all()] == ["text"]
