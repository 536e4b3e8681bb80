"""Hostile files are preserved byte for byte with a recorded problem, never a crash."""

from __future__ import annotations

from typing import Any

import pytest

from rightsledger.evidence.store import FileStore
from tests import files
from tests.evidence.test_ingest import add

NASTY_DTD = (
    b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
    b"<w:document xmlns:w='x'>&b;</w:document>"
)


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("bomb.zip", files.zip_bomb(), "zip bomb"),
        ("broken.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R", "pdf"),
        ("truncated.jpg", files.jpeg_with_gps()[:300], "image"),
        ("pixels.png", files.pixel_bomb(), "image"),
        ("entities.docx", files.docx_with_text("", NASTY_DTD), "document type declaration"),
    ],
)
def test_hostile_file_is_kept_with_a_problem(
    case: Any, owner: Any, store: FileStore, name: str, data: bytes, problem: str
) -> None:
    item = add(case, owner, data, name).item
    assert store.path_for(item.sha256).read_bytes() == data
    assert any(problem in p for p in item.inspection_problems), item.inspection_problems


def test_path_traversal_name_is_only_a_label(case: Any, owner: Any, store: FileStore) -> None:
    item = add(case, owner, b"x", "../../../etc/cron.d/\x00evil\r\n.sh").item
    assert item.original_name == "evil.sh"
    assert store.path_for(item.sha256).is_relative_to(store.objects_dir)
    zipped = add(case, owner, files.zip_bomb(), "..\\..\\a.zip").item
    assert zipped.original_name == "a.zip"
    assert zipped.embedded_metadata["zip"]["names"] == ["../../etc/passwd"]


def test_huge_metadata_is_bounded(case: Any, owner: Any) -> None:
    import io

    from PIL import Image, PngImagePlugin

    info = PngImagePlugin.PngInfo()
    for index in range(400):
        info.add_text(f"k{index}", "v" * 5000)
    out = io.BytesIO()
    Image.new("RGB", (4, 4)).save(out, format="PNG", pnginfo=info)
    item = add(case, owner, out.getvalue(), "meta.png").item
    assert item.mime_type == "image/png"
    assert len(str(item.embedded_metadata)) < 2_000_000


def test_empty_file(case: Any, owner: Any) -> None:
    item = add(case, owner, b"", "empty").item
    assert item.size == 0
