"""The text encoding of a CSV list: decided once for the whole file, with the evidence.

A file is UTF-8 when it is, or when it is mostly: when its characters beyond ASCII that are
valid UTF-8 are at least as many as its byte sequences that are not.  The rows holding such
bytes are then errors of their own, naming the bytes (the file is refused unless they are
skipped); they are never decoded another way.  Only a file that is mostly not UTF-8 is read
in a legacy encoding, the same one for every row, and the report says why and which.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from rightsledger.registry.importing.errors import ListFileError

# Tried when the bytes are mostly not UTF-8: the legacy encodings lists in this field's
# languages are most often saved in.
LEGACY_ENCODINGS = ("cp1251", "cp1254", "koi8-r", "cp1252")
# Bytes that are not UTF-8 become lone surrogates under "surrogateescape".
ESCAPED_BYTES = re.compile("[\udc80-\udcff]+")
BEYOND_ASCII = re.compile("[\u0080-\udc7f\udd00-\U0010ffff]")
CHUNK = 1 << 20


@dataclass(frozen=True)
class Encoding:
    name: str
    evidence: str = ""  # why this encoding, shown with the report
    undecodable: int = 0  # byte sequences of a UTF-8 file that are not UTF-8


@dataclass(frozen=True)
class Utf8Scan:
    invalid: int  # byte sequences that are not UTF-8
    valid_beyond_ascii: int  # characters beyond ASCII that are valid UTF-8
    lines: int  # lines holding invalid bytes
    first_line: int
    first_bytes: bytes

    def where(self) -> str:
        return f"first on line {self.first_line}: {_shown(self.first_bytes)}"


def scan_utf8(path: Path) -> Utf8Scan:
    """Count, in one streamed pass, what in ``path`` is and is not UTF-8."""
    decoder = codecs.getincrementaldecoder("utf-8")(errors="surrogateescape")
    invalid = valid = lines = line = first_line = 0
    first = b""
    last_bad_line = -1
    with path.open("rb") as handle:
        while True:
            chunk = handle.read(CHUNK)
            text = decoder.decode(chunk, final=not chunk)
            valid += len(BEYOND_ASCII.findall(text))
            position = 0
            for match in ESCAPED_BYTES.finditer(text):
                invalid += 1
                line += text.count("\n", position, match.start())
                position = match.start()
                if line != last_bad_line:
                    lines, last_bad_line = lines + 1, line
                if not first:
                    first, first_line = match.group().encode("utf-8", "surrogateescape"), line + 1
            line += text.count("\n", position)
            if not chunk:
                break
    return Utf8Scan(invalid, valid, lines, first_line, first)


def detect_encoding(path: Path, head: bytes) -> Encoding:
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):  # fmt: skip
        if head.startswith(bom):
            if not _decodes(path, name):
                raise ListFileError(f"{path.name}: starts as {name} (byte-order mark) but is not")
            return Encoding(name, f"{name}: the file starts with its byte-order mark")
    if b"\x00" in head:
        raise ListFileError(f"{path.name}: binary content, not a text table")
    scan = scan_utf8(path)
    if not scan.invalid:
        return Encoding("utf-8")
    if scan.valid_beyond_ascii >= scan.invalid:
        return Encoding(
            "utf-8",
            f"UTF-8 ({scan.valid_beyond_ascii:,} characters beyond ASCII), except "
            f"{scan.invalid:,} byte sequences on {scan.lines:,} lines that are not UTF-8, "
            f"{scan.where()}; the rows holding them cannot be records",
            undecodable=scan.invalid,
        )
    name, how = _legacy(path, head)
    return Encoding(
        name,
        f"not UTF-8 ({scan.invalid:,} byte sequences are not, {scan.where()}; "
        f"{scan.valid_beyond_ascii:,} characters would be): read as {name} throughout, {how}",
    )


def _legacy(path: Path, head: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    guess = from_bytes(head, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if guess is not None and _decodes(path, guess.encoding):
        return guess.encoding, f"the likeliest of {', '.join(LEGACY_ENCODINGS)}"
    for name in LEGACY_ENCODINGS:
        if _decodes(path, name):
            return name, f"the first of {', '.join(LEGACY_ENCODINGS)} that decodes every byte"
    raise ListFileError(f"{path.name}: the text encoding could not be recognised")


def _decodes(path: Path, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


class UndecodableRow(list[str]):
    """A row of a UTF-8 list holding bytes that are not UTF-8 (shown as U+FFFD), with why."""

    problem: str = ""


def checked_row(row: list[str], header: list[str]) -> list[str]:
    """``row`` as it is, or, holding bytes that are not UTF-8, an ``UndecodableRow``."""
    bad = [i for i, cell in enumerate(row) if ESCAPED_BYTES.search(cell)]
    if not bad:
        return row
    marked = UndecodableRow(ESCAPED_BYTES.sub("\ufffd", cell) for cell in row)
    places = []
    for i in bad[:3]:
        named = ESCAPED_BYTES.sub("\ufffd", header[i]) if i < len(header) else ""
        column = f"column {i + 1}" + (f" ({named})" if named else "")
        raw = row[i].encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        places.append(f"{column}: '{raw[:60]}'")
    marked.problem = "bytes that are not UTF-8 in " + "; ".join(places)
    return marked


def _shown(data: bytes) -> str:
    return " ".join(f"\\x{byte:02x}" for byte in data[:8])
