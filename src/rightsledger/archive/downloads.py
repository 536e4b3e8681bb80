"""Bags made in the browser: written under ``EXPORTS_DIR`` and packed as one ZIP file to
download (RFC 8493 §4: a serialised bag holds one top-level directory, the bag's own).

The bag is written by ``export_bag`` as from the command line, then packed; the ZIP's
SHA-256 is kept in the job's result and checked again before a byte of it is served.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

CHUNK = 1 << 20


def exports_dir() -> Path:
    """Where bags made in the browser are kept (``RIGHTSLEDGER_HOME/exports``)."""
    return Path(getattr(settings, "EXPORTS_DIR", None) or settings.HOME / "exports")


def new_bag_dir(slug: str, purpose: str) -> Path:
    """A fresh place for one bag: a directory of its own, named so nobody can guess it."""
    return exports_dir() / secrets.token_hex(16) / f"{slug}-{purpose}-bag"


@dataclass(frozen=True)
class Packed:
    path: Path
    sha256: str
    size: int


def pack(bag_dir: Path) -> Packed:
    """``BAG.zip`` beside the bag (which is then removed), with its SHA-256 and size.

    Evidence files are stored as they are (they are mostly compressed already, and a reader
    can check them without inflating); the JSON and tag files are deflated. Written under a
    temporary name and renamed when complete, so a killed job leaves no partial ZIP to serve.
    """
    target = bag_dir.with_suffix(".zip")
    partial = bag_dir.parent / f".{target.name}.partial"
    try:
        with zipfile.ZipFile(partial, "x", allowZip64=True) as archive:
            for path in sorted(bag_dir.rglob("*")):
                if not path.is_file():
                    continue
                name = f"{bag_dir.name}/{path.relative_to(bag_dir).as_posix()}"
                evidence = path.parent.name == "evidence" and path.parent.parent.name == "data"
                archive.write(path, name, zipfile.ZIP_STORED if evidence
                              else zipfile.ZIP_DEFLATED)  # fmt: skip
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    shutil.rmtree(bag_dir)
    digest, size = file_sha256(target)
    return Packed(target, digest, size)


def file_sha256(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def kept_file(result: dict[str, object]) -> Path | None:
    """The packed bag a job's result names, if it is one made for download, under
    ``exports_dir()`` (a result naming any other place is not served)."""
    name = result.get("archive")
    if not isinstance(name, str):
        return None
    path = Path(name).resolve()
    root = exports_dir().resolve()
    return path if path.is_relative_to(root) and path != root else None
