"""Ingest: one pass hashing, content addressing, metadata, derivatives, deduplication."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path
from typing import Any

import pytest

from rightsledger.cases.actions import create_case
from rightsledger.evidence.actions import ingest_stream
from rightsledger.evidence.models import CustodyEntry, EvidenceItem, StoredObject
from rightsledger.evidence.store import FileStore
from tests import files


def add(case: Any, user: Any, data: bytes, name: str = "file.bin", **kw: Any) -> Any:
    chunks = [data[i : i + 1000] for i in range(0, len(data), 1000)] or [b""]
    return ingest_stream(case=case, chunks=chunks, file_name=name, acting_user=user, **kw)


def test_it_hashes_and_stores_by_content(case: Any, owner: Any, store: FileStore) -> None:
    data = os.urandom(12345)
    result = add(case, owner, data, "clip.bin", description="from the roof")
    item = result.item
    assert result.created
    assert item.sha256 == hashlib.sha256(data).hexdigest()
    assert item.stored_object.sha512 == hashlib.sha512(data).hexdigest()
    assert item.size == len(data)
    path = store.path_for(item.sha256)
    assert path.read_bytes() == data
    assert not path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    assert list(store.tmp_dir.iterdir()) == []
    custody = CustodyEntry.objects.get(item=item)
    assert (custody.action, custody.actor_name, custody.item_sha256) == (
        "received", owner.username, item.sha256,
    )  # fmt: skip


def test_identical_bytes_link_to_the_existing_item(case: Any, owner: Any) -> None:
    first = add(case, owner, b"same bytes", "a.txt")
    again = add(case, owner, b"same bytes", "b.txt", received_from="NGO courier")
    assert not again.created
    assert again.item.pk == first.item.pk
    assert again.item.original_name == "a.txt"
    assert EvidenceItem.objects.filter(case=case, derived_from=None).count() == 1
    assert list(CustodyEntry.objects.filter(item=first.item).values_list("action", flat=True)) == [
        "received", "received",
    ]  # fmt: skip


def test_identical_bytes_in_another_case_are_stored_once(case: Any, owner: Any) -> None:
    other = create_case(name="Second inquiry", owner=owner)
    one = add(case, owner, b"shared photo").item
    two = add(other, owner, b"shared photo").item
    assert one.pk != two.pk
    assert StoredObject.objects.filter(sha256=one.sha256).count() == 1


def test_image_metadata_and_derivatives(case: Any, owner: Any, store: FileStore) -> None:
    from PIL import Image

    item = add(case, owner, files.jpeg_with_gps(), "house.jpg").item
    assert item.mime_type == "image/jpeg"
    assert item.embedded_metadata["exif"]["Make"] == "FieldCam"
    assert item.embedded_metadata["gps"]["GPSLatitudeRef"] == "N"
    kinds = {d.derivative_kind: d for d in item.derivatives.all()}
    assert set(kinds) == {"stripped", "thumbnail"}
    for derivative in kinds.values():
        with Image.open(store.path_for(derivative.sha256)) as image:
            assert not image.getexif()
            assert "xmp" not in image.info
        assert (
            derivative.sha256
            == hashlib.sha256(store.path_for(derivative.sha256).read_bytes()).hexdigest()
        )
        assert derivative.derived_from_id == item.pk


def test_pdf_info_and_text(case: Any, owner: Any) -> None:
    item = add(case, owner, files.pdf_with_text(), "register.pdf").item
    assert item.mime_type == "application/pdf"
    assert item.embedded_metadata["pdf"]["info"]["/Author"] == "Field team 2"
    assert "Lakeside morgue register" in item.extracted_text
    text = item.derivatives.get(derivative_kind="text")
    assert text.mime_type == "text/plain"


def test_docx_text(case: Any, owner: Any) -> None:
    item = add(case, owner, files.docx_with_text("Testimony of W-7"), "t.docx").item
    assert "Testimony of W-7" in item.extracted_text


def test_retry_completes_missing_derivatives(case: Any, owner: Any) -> None:
    item = add(case, owner, files.pdf_with_text(), "register.pdf").item
    derivative = item.derivatives.get()
    CustodyEntry.objects.filter(item=derivative).delete()
    EvidenceItem.objects.filter(pk=derivative.pk).delete()
    again = add(case, owner, files.pdf_with_text(), "register.pdf")
    assert not again.created
    assert again.item.derivatives.filter(derivative_kind="text").exists()


def test_ocr_of_an_image_when_tesseract_is_installed(case: Any, owner: Any) -> None:
    import shutil

    import pytest

    if shutil.which("tesseract") is None:
        pytest.skip("Debian's tesseract-ocr is not installed")
    item = add(case, owner, files.image_with_text("MASS GRAVE 7"), "sign.png").item
    item.refresh_from_db()
    assert "GRAVE" in item.extracted_text
    assert item.derivatives.filter(derivative_kind="text").exists()


def test_a_failure_while_recording_leaves_no_staged_file(
    case: Any, owner: Any, store: FileStore, tmp_path: Path, monkeypatch: Any
) -> None:
    from rightsledger.evidence import actions

    paths = []
    for number in range(3):
        path = tmp_path / f"f{number}.bin"
        path.write_bytes(os.urandom(200_000))
        paths.append(path)
    recorded = actions.ingest_stored

    def fail_on_the_second(**kwargs: Any) -> Any:
        if kwargs["file_name"] == "f1.bin":
            raise RuntimeError("database went away")
        return recorded(**kwargs)

    monkeypatch.setattr(actions, "ingest_stored", fail_on_the_second)
    results = actions.ingest_files(case=case, paths=paths, acting_user=owner)
    first_path, first = next(results)
    assert (first_path.name, first.item.original_name) == ("f0.bin", "f0.bin")
    with pytest.raises(RuntimeError, match="database went away"):
        next(results)
    assert list(EvidenceItem.objects.values_list("original_name", flat=True)) == ["f0.bin"]
    # The file received meanwhile is committed or thrown away, never left half-written.
    assert list(store.tmp_dir.iterdir()) == []
