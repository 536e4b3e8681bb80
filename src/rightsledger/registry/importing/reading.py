"""Read CSV (any common delimiter and encoding), XLSX and ODS as a header and rows of text.

Rows are streamed, so a list of a million rows never sits in memory at once.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from rightsledger.registry.importing.errors import ListFileError

SAMPLE_BYTES = 256 * 1024
DELIMITERS = ",;\t|"
# Tried in order when the bytes are not valid UTF-8: the legacy encodings lists in this
# field's languages are most often saved in.
LEGACY_ENCODINGS = ("cp1251", "cp1254", "koi8-r", "cp1252")
csv.field_size_limit(10 * 1024 * 1024)


@dataclass(frozen=True)
class TableFormat:
    kind: str  # csv, xlsx, ods
    encoding: str = ""
    delimiter: str = ""


def detect_format(path: Path) -> TableFormat:
    with path.open("rb") as handle:
        head = handle.read(SAMPLE_BYTES)
    if not head:
        raise ListFileError(f"{path.name}: the file is empty")
    if head.startswith(b"PK\x03\x04"):
        return TableFormat(_zip_kind(path))
    encoding = _detect_encoding(path, head)
    text = head.decode(encoding, errors="replace")
    return TableFormat("csv", encoding, _detect_delimiter(text, path.name))


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "xl/workbook.xml" in names:
                return "xlsx"
            if "mimetype" in names and b"opendocument.spreadsheet" in archive.read("mimetype"):
                return "ods"
    except zipfile.BadZipFile as exc:
        raise ListFileError(f"{path.name}: a damaged ZIP container ({exc})") from exc
    raise ListFileError(f"{path.name}: a ZIP file that is neither XLSX nor ODS")


def _detect_encoding(path: Path, head: bytes) -> str:
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):  # fmt: skip
        if head.startswith(bom):
            return name
    if b"\x00" in head:
        raise ListFileError(f"{path.name}: binary content, not a text table")
    if _decodes(path, "utf-8"):
        return "utf-8"
    from charset_normalizer import from_bytes

    guess = from_bytes(head, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if guess is not None and _decodes(path, guess.encoding):
        return guess.encoding
    for name in LEGACY_ENCODINGS:
        if _decodes(path, name):
            return name
    raise ListFileError(f"{path.name}: the text encoding could not be recognised")


def _decodes(path: Path, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


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
    if table.kind == "csv":
        yield from _csv_rows(path, table)
    elif table.kind == "xlsx":
        yield from _xlsx_rows(path)
    elif table.kind == "ods":
        yield from _ods_rows(path)
    else:
        raise ListFileError(f"unsupported format {table.kind}")


def _csv_rows(path: Path, table: TableFormat) -> Iterator[list[str]]:
    with path.open("rb") as raw:
        text = io.TextIOWrapper(raw, encoding=table.encoding, newline="")
        try:
            yield from csv.reader(text, delimiter=table.delimiter)
        except csv.Error as exc:
            raise ListFileError(f"{path.name}: malformed CSV: {exc}") from exc


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        return value.date().isoformat()
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _xlsx_rows(path: Path) -> Iterator[list[str]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for damaged files
        raise ListFileError(f"{path.name}: not a readable XLSX workbook ({exc})") from exc
    try:
        sheet = workbook.worksheets[0]
        for row in sheet.iter_rows(values_only=True):
            yield [cell_text(v) for v in row]
    finally:
        workbook.close()


def _ods_rows(path: Path) -> Iterator[list[str]]:
    import pandas as pd

    try:
        frame = pd.read_excel(path, engine="odf", header=None, dtype=object)
    except Exception as exc:  # odfpy raises many types for damaged files
        raise ListFileError(f"{path.name}: not a readable ODS spreadsheet ({exc})") from exc
    for row in frame.itertuples(index=False):
        yield [cell_text(None if pd.isna(v) else v) for v in row]
