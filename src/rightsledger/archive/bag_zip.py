"""A bag sent as one ZIP file, as the Exports tab gives it: looked at before it is kept, and
unpacked for the import.

RFC 8493 §4: a serialised bag holds one top-level directory, the bag's own (a ZIP of the
bag's contents, ``bagit.txt`` at its top, is taken too). What the ZIP's directory tells is
checked before anything is written: every name stays inside the bag, nothing is a link or
encrypted, the bag declares itself (``bagit.txt``) and lists its payload (a manifest), its
``export.json`` says it is a whole record, and what it unpacks to is within the limit. Every
file's digests are the import's business (``archive.restore``), in the job.
"""

from __future__ import annotations

import json
import stat
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, Any

from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from rightsledger.archive.bag import ArchiveError
from rightsledger.archive.bag_check import SIGNED_HEAD_FILES
from rightsledger.archive.restore import check_importable

CHUNK = 1 << 20
EXPORT_JSON_MAX_BYTES = 64 * 1024**2  # it lists what a redacted bag left out: never this large
READABLE = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}


class BagZipRefused(ArchiveError):
    """The file is not a bag this installation can import; the message names the problem."""


@dataclass(frozen=True)
class BagZip:
    root: str  # the bag's directory in the ZIP, with its slash ("" for a bag at the top)
    signed: bool  # the bag's chain head is signed: the import needs the signer's key
    unpacked_bytes: int


def check_zip(file: IO[bytes], *, max_unpacked: int) -> BagZip:
    """What the ZIP's directory and ``export.json`` say, or ``BagZipRefused`` naming what is
    wrong. Reads the directory and one small member, never the payload."""
    try:
        with zipfile.ZipFile(file) as archive:
            members = _members(archive)
            root = _root(members)
            names = {info.filename for info in members}
            _declared(root, names)
            size = sum(info.file_size for info in members)
            if size > max_unpacked:
                raise BagZipRefused(
                    _("The bag unpacks to %(size)s, more than the %(limit)s this installation "
                      "accepts.") % {"size": filesizeformat(size),
                                     "limit": filesizeformat(max_unpacked)})  # fmt: skip
            _check_export(archive, archive.getinfo(f"{root}data/export.json"))
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        EOFError,
        OSError,
        ValueError,
        NotImplementedError,
    ) as exc:
        raise BagZipRefused(_("This is not a ZIP file, or a damaged one (%(problem)s).")
                            % {"problem": exc}) from exc  # fmt: skip
    signed = any(f"{root}data/{name}" in names for name in SIGNED_HEAD_FILES)
    return BagZip(root=root, signed=signed, unpacked_bytes=size)


def unpack(path: Path, into: Path, *, progress: Callable[[str], None] | None = None) -> Path:
    """Unpack the ZIP at ``path`` into the directory ``into`` (made here); the bag's directory.

    Its members are checked again as they are written, and none is written beyond the size
    the ZIP declares for it (``zipfile`` stops there and checks the CRC)."""
    into.mkdir()
    with zipfile.ZipFile(path) as archive:
        members = _members(archive)
        root = _root(members)
        files = [info for info in members if not info.is_dir()]
        for number, info in enumerate(files, 1):
            if progress and (number == 1 or number % 100 == 0):
                progress(f"unpacking file {number} of {len(files)}")
            target = into.joinpath(*PurePosixPath(info.filename).parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(info) as source, open(target, "xb") as out:
                while chunk := source.read(CHUNK):
                    out.write(chunk)
    return into / root.rstrip("/") if root else into


def _members(archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    """The ZIP's members, each refused if it could leave the bag or be other than a file."""
    members = archive.infolist()
    if not members:
        raise BagZipRefused(_("The ZIP file is empty."))
    seen: set[str] = set()
    for info in members:
        name = info.filename
        parts = PurePosixPath(name).parts
        if (name.startswith("/") or any(c in name for c in "\\:\x00") or not parts
                or any(part in {"", ".", ".."} for part in parts)):  # fmt: skip
            raise BagZipRefused(_("%(name)s names a place outside the bag.") % {"name": name})
        if name.rstrip("/") in seen:
            raise BagZipRefused(_("%(name)s is in the ZIP file twice.") % {"name": name})
        seen.add(name.rstrip("/"))
        if stat.S_ISLNK(info.external_attr >> 16):
            raise BagZipRefused(_("%(name)s is a link; a bag holds files only.") % {"name": name})
        if info.flag_bits & 0x1:
            raise BagZipRefused(_("%(name)s is encrypted.") % {"name": name})
        if info.compress_type not in READABLE:
            raise BagZipRefused(_("%(name)s is compressed in a way this installation cannot "
                                  "read.") % {"name": name})  # fmt: skip
    return members


def _root(members: list[zipfile.ZipInfo]) -> str:
    names = [info.filename for info in members]
    if "bagit.txt" in names:
        return ""
    tops = {name.split("/", 1)[0] for name in names}
    if len(tops) != 1 or any("/" not in name for name in names):
        raise BagZipRefused(
            _("The ZIP file holds %(found)s at its top, not one folder: a bag's ZIP holds the "
              "bag's own folder (RFC 8493).") % {"found": ", ".join(sorted(tops)[:5])})  # fmt: skip
    return f"{tops.pop()}/"


def _declared(root: str, names: set[str]) -> None:
    if f"{root}bagit.txt" not in names:
        raise BagZipRefused(_("There is no bagit.txt: this is not a bag (RFC 8493)."))
    manifests = [n for n in names if n.startswith(f"{root}manifest-") and n.endswith(".txt")
                 and "/" not in n.removeprefix(root)]  # fmt: skip
    if not manifests:
        raise BagZipRefused(_("The bag has no payload manifest (manifest-sha256.txt)."))
    if f"{root}data/export.json" not in names:
        raise BagZipRefused(_("The bag has no data/export.json: it was not made by "
                              "Rightsledger's export."))  # fmt: skip


def _check_export(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    if info.file_size > EXPORT_JSON_MAX_BYTES:
        raise BagZipRefused(_("data/export.json is too large to be a bag's description."))
    try:
        export: Any = json.loads(archive.read(info))
    except ValueError as exc:
        raise BagZipRefused(_("data/export.json cannot be read as JSON (%(problem)s).")
                            % {"problem": exc}) from exc  # fmt: skip
    try:
        check_importable(export)
    except ArchiveError as exc:
        raise BagZipRefused(str(exc)) from exc
