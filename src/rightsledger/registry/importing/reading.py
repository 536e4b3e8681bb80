"""Read CSV (any common delimiter and encoding), XLSX and ODS as a header and rows of text.

Rows are streamed, so a list of a million rows never sits in memory at once, and every
format is read within the list limits (``limits.py``): rows, columns, cells, and what an
XLSX or ODS container unpacks to.  A CSV's encoding is decided once for the whole file
(``encoding.py``); in a UTF-8 file, a row holding bytes that are not UTF-8 comes out as an
``UndecodableRow`` naming them, which validation makes an error of that row.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from rightsledger.registry.importing.encoding import (
    LEGACY_ENCODINGS,
    UndecodableRow,
    checked_row,
    detect_encoding,
)
from rightsledger.registry.importing.errors import ListFileError
from rightsledger.registry.importing.limits import ListLimits, bounded
from rightsledger.registry.importing.spreadsheets import cell_text, ods_rows, xlsx_rows

__all__ = ["LEGACY_ENCODINGS", "TableFormat", "cell_text", "detect_format", "iter_rows"]

SAMPLE_BYTES = 256 * 1024
DELIMITERS = ",;\t|"
csv.field_size_limit(10 * 1024 * 1024)


@dataclass(frozen=True)
class TableFormat:
    kind: str  # csv, xlsx, ods
    encoding: str = ""
    delimiter: str = ""
    # Why this encoding (shown with the report), and how many byte sequences of a UTF-8
    # file are not UTF-8 (their rows are errors).
    evidence: str = ""
    undecodable: int = 0


def detect_format(path: Path) -> TableFormat:
    with path.open("rb") as handle:
        head = handle.read(SAMPLE_BYTES)
    if not head:
        raise ListFileError(f"{path.name}: the file is empty")
    if head.startswith(b"PK\x03\x04"):
        return TableFormat(_zip_kind(path))
    encoding = detect_encoding(path, head)
    text = head.decode(encoding.name, errors="replace")
    return TableFormat("csv", encoding.name, _detect_delimiter(text, path.name),
                       encoding.evidence, encoding.undecodable)  # fmt: skip


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "xl/workbook.xml" in names:
                return "xlsx"
            if "mimetype" in names:
                with archive.open("mimetype") as mimetype:  # read no more than a line of it
                    if b"opendocument.spreadsheet" in mimetype.read(200):
                        return "ods"
    except zipfile.BadZipFile as exc:
        raise ListFileError(f"{path.name}: a damaged ZIP container ({exc})") from exc
    raise ListFileError(f"{path.name}: a ZIP file that is neither XLSX nor ODS")


def _detect_delimiter(sample: str, name: str) -> str:
    lines = [line for line in sample.splitlines()[:50] if line.strip()]
    if not lines:
        raise ListFileError(f"{name}: no rows")
    try:
        return csv.Sniffer().sniff("\n".join(lines), delimiters=DELIMITERS).delimiter
    except csv.Error:
        # One column, or a sniffer in doubt: take the delimiter that splits the header most.
        counts = {d: lines[0].count(d) for d in DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def iter_rows(path: Path, table: TableFormat) -> Iterator[list[str]]:
    """Every row (the header first) as a list of strings."""
    limits = ListLimits.from_settings()
    if table.kind == "csv":
        rows = _csv_rows(path, table)
    elif table.kind == "xlsx":
        rows = xlsx_rows(path, limits)
    elif table.kind == "ods":
        rows = ods_rows(path, limits)
    else:
        raise ListFileError(f"unsupported format {table.kind}")
    yield from bounded(rows, path.name, limits)


def _csv_rows(path: Path, table: TableFormat) -> Iterator[list[str]]:
    check = table.undecodable > 0
    with path.open("rb") as raw:
        # Bytes that are not UTF-8 (found when the encoding was decided) are kept as escapes
        # until their row is marked; a file without any is decoded strictly.
        text = io.TextIOWrapper(raw, encoding=table.encoding, newline="",
                                errors="surrogateescape" if check else "strict")  # fmt: skip
        reader = csv.reader(text, delimiter=table.delimiter)
        try:
            header = next(reader, None)
            if header is None:
                return
            marked = checked_row(header, header) if check else header
            if isinstance(marked, UndecodableRow):
                raise ListFileError(f"{path.name}: the header row holds {marked.problem}")
            yield header
            for row in reader:
                yield checked_row(row, header) if check else row
        except csv.Error as exc:
            raise ListFileError(f"{path.name}: malformed CSV: {exc}") from exc
