"""What a file says about itself: MIME type, embedded metadata and text.

Everything here reads files that may be hostile (zip bombs, malformed PDFs and images,
megabytes of metadata).  Each reader is bounded, and any failure becomes a recorded
"problem" on the item instead of an error: the bytes are preserved whatever they contain.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

MAX_TEXT_CHARS = 2_000_000
MAX_METADATA_VALUE_CHARS = 2_000
MAX_METADATA_KEYS = 300
MAX_PDF_PAGES = 2_000
MAX_DOCX_XML_BYTES = 50 * 1024 * 1024
MAX_ZIP_RATIO = 100
MAX_ZIP_MEMBERS_LISTED = 200
MAX_NAME_CHARS = 255
MAX_EXTENSION_CHARS = 16  # kept whole when a long name is shortened


@dataclass
class Inspection:
    mime_type: str = "application/octet-stream"
    metadata: dict[str, Any] = field(default_factory=dict)
    text: str = ""
    problems: list[str] = field(default_factory=list)
    is_image: bool = False


def safe_file_name(name: str) -> str:
    """The last path component, without control characters; never used as a path."""
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C").strip()
    if name in {"", ".", ".."}:
        return "unnamed"
    stem, dot, extension = name.rpartition(".")
    if dot and stem and len(extension) <= MAX_EXTENSION_CHARS:
        return fit_name(stem, "." + extension)
    return fit_name(name, "")


def fit_name(stem: str, suffix: str) -> str:
    """``stem + suffix`` within ``MAX_NAME_CHARS``, shortening the stem: the suffix (an
    extension, ``.stripped.png``) says what the file is and is kept."""
    return stem[: max(MAX_NAME_CHARS - len(suffix), 1)] + suffix


def detect_mime(path: Path) -> str:
    # libmagic (Debian's libmagic1, the `file` command's database) recognises far more
    # formats than pure-Python signature lists, including text and office documents.
    import magic

    try:
        return str(magic.from_file(str(path), mime=True)) or "application/octet-stream"
    except Exception:
        return "application/octet-stream"


def inspect_file(path: Path) -> Inspection:
    result = Inspection(mime_type=detect_mime(path))
    mime = result.mime_type
    readers = []
    if mime.startswith("image/"):
        readers.append(_inspect_image)
    elif mime == "application/pdf":
        readers.append(_inspect_pdf)
    elif mime.startswith("text/"):
        readers.append(_inspect_text)
    elif (
        mime
        in {
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/zip",
        }
        or path.suffix.lower() == ".docx"
    ):
        readers.append(_inspect_zip)
    for reader in readers:
        try:
            reader(path, result)
        except Exception as exc:  # hostile input must never stop an ingest
            result.problems.append(f"{reader.__name__[9:]}: {type(exc).__name__}: {exc}"[:500])
    result.text = result.text[:MAX_TEXT_CHARS]
    return result


def _clip(value: Any) -> Any:
    if isinstance(value, bytes):
        value = value.hex() if len(value) <= 64 else f"<{len(value)} bytes>"
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, int | float | bool) or value is None:
        return value if not isinstance(value, float) or value == value else str(value)
    if isinstance(value, tuple | list):
        return [_clip(v) for v in list(value)[:50]]
    text = str(value).replace("\x00", "")
    return text[:MAX_METADATA_VALUE_CHARS]


def _bounded(items: Any, result: Inspection, what: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for index, (key, value) in enumerate(items):
        if index >= MAX_METADATA_KEYS:
            result.problems.append(f"{what}: more than {MAX_METADATA_KEYS} entries, rest skipped")
            break
        out[str(key).replace("\x00", "")[:200]] = _clip(value)
    return out


def _inspect_image(path: Path, result: Inspection) -> None:
    from PIL import ExifTags, Image

    # Pillow refuses decompression bombs (more than MAX_IMAGE_PIXELS × 2) with an error.
    with Image.open(path) as probe:
        probe.verify()  # structure and checksums; must come first on a freshly opened file
    with Image.open(path) as image:
        result.is_image = True
        result.metadata["image"] = {
            "format": image.format, "width": image.width, "height": image.height,
            "mode": image.mode,
        }  # fmt: skip
        exif = image.getexif()
        if exif:
            tags = ((ExifTags.TAGS.get(k, k), v) for k, v in exif.items())
            result.metadata["exif"] = _bounded(tags, result, "exif")
            gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
            if gps:
                gps_tags = ((ExifTags.GPSTAGS.get(k, k), v) for k, v in gps.items())
                result.metadata["gps"] = _bounded(gps_tags, result, "gps")
        xmp = image.info.get("xmp") or image.info.get("XML:com.adobe.xmp")
        if xmp:
            raw = xmp if isinstance(xmp, str) else bytes(xmp).decode("utf-8", "replace")
            result.metadata["xmp"] = raw[:65536]


def _inspect_pdf(path: Path, result: Inspection) -> None:
    from pypdf import PdfReader

    reader = PdfReader(path, strict=False)
    info: Any = reader.metadata or {}
    result.metadata["pdf"] = {
        "pages": len(reader.pages),
        "info": _bounded(((k, info[k]) for k in info), result, "pdf info"),
    }
    parts: list[str] = []
    length = 0
    for index, page in enumerate(reader.pages):
        if index >= MAX_PDF_PAGES or length >= MAX_TEXT_CHARS:
            result.problems.append("pdf: text extraction stopped at the size limit")
            break
        try:
            text = page.extract_text() or ""
        except Exception as exc:
            result.problems.append(f"pdf page {index + 1}: {type(exc).__name__}")
            continue
        parts.append(text)
        length += len(text)
    result.text = "\n".join(parts)


def _inspect_text(path: Path, result: Inspection) -> None:
    with open(path, "rb") as handle:
        result.text = handle.read(MAX_TEXT_CHARS).decode("utf-8", errors="replace")


def _inspect_zip(path: Path, result: Inspection) -> None:
    """List a ZIP (never extract it) and read the text of a DOCX, with bomb guards."""
    with zipfile.ZipFile(path) as archive:
        members = archive.infolist()
        declared = sum(m.file_size for m in members)
        compressed = sum(m.compress_size for m in members) or 1
        result.metadata["zip"] = {
            "members": len(members),
            "declared_size": declared,
            # Names are recorded as text only (they may say "../../etc/passwd").
            "names": [m.filename[:300] for m in members[:MAX_ZIP_MEMBERS_LISTED]],
        }
        if declared / compressed > MAX_ZIP_RATIO:
            result.problems.append(
                f"zip: expands {declared / compressed:.0f}× (possible zip bomb); not read"
            )
            return
        names = {m.filename for m in members}
        if "word/document.xml" in names:
            result.text = _docx_text(archive)
            core = _docx_core(archive) if "docProps/core.xml" in names else {}
            if core:
                result.metadata["docx"] = core


def _read_bounded(archive: zipfile.ZipFile, name: str) -> bytes:
    info = archive.getinfo(name)
    if info.file_size > MAX_DOCX_XML_BYTES:
        raise ValueError(f"{name} declares {info.file_size} bytes, over the limit")
    with archive.open(name) as member:
        data = member.read(MAX_DOCX_XML_BYTES + 1)
    if len(data) > MAX_DOCX_XML_BYTES:
        raise ValueError(f"{name} is larger than it declares")
    return data


def _refuse_entities(data: bytes) -> None:
    # DOCX never needs a DTD; one means an entity-expansion attack, so refuse it outright.
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise ValueError("XML with a document type declaration refused")


def _docx_text(archive: zipfile.ZipFile) -> str:
    data = _read_bounded(archive, "word/document.xml")
    _refuse_entities(data)
    root = ET.fromstring(data)  # noqa: S314 - size-bounded, DTDs refused above
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    paragraphs = []
    for paragraph in root.iter(f"{w}p"):
        paragraphs.append("".join(node.text or "" for node in paragraph.iter(f"{w}t")))
    return "\n".join(paragraphs)


def _docx_core(archive: zipfile.ZipFile) -> dict[str, Any]:
    data = _read_bounded(archive, "docProps/core.xml")
    _refuse_entities(data)
    root = ET.fromstring(data)  # noqa: S314 - size-bounded, DTDs refused above
    return {child.tag.rsplit("}", 1)[-1]: _clip(child.text or "") for child in root}


OCR_SECONDS = 120


def ocr_text(path: Path) -> str:
    """Text in an image, by Debian's Tesseract when it is installed (optional, offline).

    Slow (seconds an image), so it runs with the derivatives, not in the ingest itself.
    """
    import shutil
    import subprocess

    from django.conf import settings

    tesseract = shutil.which("tesseract")
    if tesseract is None:
        return ""
    languages = getattr(settings, "OCR_LANGUAGES", "eng")
    try:
        done = subprocess.run(
            [tesseract, str(path), "stdout", "-l", languages],
            capture_output=True, timeout=OCR_SECONDS, check=False,
        )  # fmt: skip
    except (OSError, subprocess.TimeoutExpired):
        return ""
    if done.returncode != 0:
        return ""
    return done.stdout.decode("utf-8", errors="replace").strip()[:MAX_TEXT_CHARS]
