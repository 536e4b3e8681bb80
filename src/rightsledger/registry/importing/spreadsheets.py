"""XLSX and ODS lists, read as streams of rows of text within the list limits.

XLSX: openpyxl's read-only mode parses the sheet as a stream; the sheet's own claim about
its size is ignored (it can claim 16,384 columns, and every row would be padded to them).
ODS: content.xml is parsed as a stream here (odfpy builds the whole document in memory, and
an 85 KB file can hold hundreds of megabytes of it).  ODS compresses runs of identical rows
and cells into one element with a repeat count: empty runs (office programs end every
sheet with one to the last of 1,048,576 rows) are never expanded unless content follows,
and content repeated more than ``MAX_REPEATED_CONTENT`` times is refused.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree as ET

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from rightsledger.registry.importing.errors import ListFileError
from rightsledger.registry.importing.limits import ListLimits, check_container

# A list has no reason to hold the same non-empty row or cell this many times in a row.
MAX_REPEATED_CONTENT = 1000

OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
ROW, CELL, COVERED = f"{TABLE}table-row", f"{TABLE}table-cell", f"{TABLE}covered-table-cell"


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


def _trimmed(cells: list[str]) -> list[str]:
    """Without trailing empty cells (formatting, not content)."""
    end = len(cells)
    while end and not cells[end - 1]:
        end -= 1
    return cells[:end]


def xlsx_rows(path: Path, limits: ListLimits) -> Iterator[list[str]]:
    from openpyxl import load_workbook

    check_container(path, limits)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for damaged files
        raise ListFileError(f"{path.name}: not a readable XLSX workbook ({exc})") from exc
    try:
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()
        for row in sheet.iter_rows(values_only=True):
            yield _trimmed([cell_text(v) for v in row])
    except (KeyError, ValueError, ET.ParseError, zipfile.BadZipFile) as exc:
        raise ListFileError(f"{path.name}: not a readable XLSX workbook ({exc})") from exc
    finally:
        workbook.close()


def ods_rows(path: Path, limits: ListLimits) -> Iterator[list[str]]:
    check_container(path, limits)
    try:
        with zipfile.ZipFile(path) as archive, archive.open("content.xml") as content:
            yield from _first_table_rows(content, path.name, limits)
    except (KeyError, ET.ParseError, DefusedXmlException, zipfile.BadZipFile) as exc:
        raise ListFileError(f"{path.name}: not a readable ODS spreadsheet ({exc})") from exc


def _first_table_rows(content: object, name: str, limits: ListLimits) -> Iterator[list[str]]:
    empty_rows = 0  # a run of empty rows, expanded only when content follows
    rows = 0
    depth = 0  # of table:table elements; only the first sheet is read
    parents: list[ET.Element] = []
    # defusedxml: no DTD, so no entity expansion (a "billion laughs") and nothing external.
    events = iterparse(content, events=("start", "end"), forbid_dtd=True)
    for event, element in events:
        if event == "start":
            if element.tag == f"{TABLE}table":
                depth += 1
            parents.append(element)
            continue
        parents.pop()
        if element.tag == f"{TABLE}table":
            return  # the first sheet is done
        if element.tag != ROW or depth != 1:
            continue
        repeat = _repeat(element, "number-rows-repeated")
        cells = _row_cells(element, name, rows + empty_rows + 1, limits)
        element.clear()
        if parents:
            parents[-1].remove(element)  # the sheet's element never grows
        if not cells:
            empty_rows += repeat
            continue
        if repeat > MAX_REPEATED_CONTENT:
            raise ListFileError(
                f"{name}: row {rows + empty_rows} repeats its content {repeat:,} times "
                f"(more than {MAX_REPEATED_CONTENT:,}): not a list of people"
            )
        if rows + empty_rows + repeat > limits.max_rows + 1:
            raise limits.too_many_rows(name)
        for _ in range(empty_rows):
            yield []
        for _ in range(repeat):
            yield list(cells)
        rows += empty_rows + repeat
        empty_rows = 0


def _row_cells(row: ET.Element, name: str, number: int, limits: ListLimits) -> list[str]:
    cells: list[str] = []
    empty = 0  # a run of empty cells, expanded only when content follows
    for cell in row:
        if cell.tag not in (CELL, COVERED):
            continue
        repeat = _repeat(cell, "number-columns-repeated")
        value = _cell_value(cell) if cell.tag == CELL else ""
        if not value:
            empty += repeat
            continue
        if repeat > MAX_REPEATED_CONTENT:
            raise ListFileError(
                f"{name}: a cell of row {number - 1} repeats its content {repeat:,} times "
                f"(more than {MAX_REPEATED_CONTENT:,}): not a list of people"
            )
        if len(cells) + empty + repeat > limits.max_columns:
            raise limits.too_many_columns(name, number - 1, len(cells) + empty + repeat)
        cells.extend([""] * empty)
        cells.extend([value] * repeat)
        empty = 0
    return cells


def _repeat(element: ET.Element, attribute: str) -> int:
    raw = element.get(f"{TABLE}{attribute}", "1")
    return int(raw) if raw.isdigit() and int(raw) > 0 else 1


def _cell_value(cell: ET.Element) -> str:
    kind = cell.get(f"{OFFICE}value-type", "")
    if kind in {"float", "percentage", "currency"}:
        raw = cell.get(f"{OFFICE}value", "")
        try:
            return cell_text(float(raw))
        except ValueError:
            pass
    elif kind == "date":
        raw = cell.get(f"{OFFICE}date-value", "")
        try:
            return cell_text(dt.datetime.fromisoformat(raw))
        except ValueError:
            pass
    elif kind == "boolean":
        return "True" if cell.get(f"{OFFICE}boolean-value") == "true" else "False"
    return "\n".join(_paragraph_text(p) for p in cell if p.tag == f"{TEXT}p")


def _paragraph_text(element: ET.Element) -> str:
    parts = [element.text or ""]
    for child in element:
        if child.tag == f"{TEXT}s":
            parts.append(" " * _count(child))
        elif child.tag == f"{TEXT}tab":
            parts.append("\t")
        elif child.tag == f"{TEXT}line-break":
            parts.append("\n")
        else:
            parts.append(_paragraph_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _count(element: ET.Element) -> int:
    raw = element.get(f"{TEXT}c", "1")
    return min(int(raw), 1000) if raw.isdigit() else 1
