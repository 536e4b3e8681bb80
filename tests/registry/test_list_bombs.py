"""Spreadsheet bombs: lists that would unpack or expand beyond the configured limits are
refused before (or while) they are parsed, quickly and in little memory."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import tracemalloc
import zipfile
from pathlib import Path
from typing import Any

import pytest

from rightsledger.registry.importing import ColumnMapping, ListFileError, preview_list

TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
    '<manifest:file-entry manifest:full-path="/" '
    'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)


def cell(text: str, repeat: int = 1, value_type: str = "string", value: str = "") -> str:
    attributes = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    if not text:
        return f"<table:table-cell{attributes}/>"
    attributes += f' office:value-type="{value_type}"'
    attributes += f' office:value="{value}"' if value else ""
    return f"<table:table-cell{attributes}><text:p>{text}</text:p></table:table-cell>"


def row(*cells: str, repeat: int = 1) -> str:
    extra = f' table:number-rows-repeated="{repeat}"' if repeat > 1 else ""
    return f"<table:table-row{extra}>{''.join(cells)}</table:table-row>"


def write_ods(path: Path, *rows: str) -> Path:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        f' xmlns:table="{TABLE_NS}"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
        '<office:body><office:spreadsheet><table:table table:name="List">'
        + "".join(rows)
        + "</table:table>"
        '<table:table table:name="Second"><table:table-row>'
        "<table:table-cell><text:p>not read</text:p></table:table-cell>"
        "</table:table-row></table:table>"
        "</office:spreadsheet></office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                         compress_type=zipfile.ZIP_STORED)  # fmt: skip
        archive.writestr("META-INF/manifest.xml", MANIFEST)
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return path


HEADER = row(cell("record_id"), cell("full_name"), cell("birth_year"))


def test_an_ods_row_repeated_two_million_times_is_refused(tmp_path: Path) -> None:
    path = write_ods(tmp_path / "bomb.ods", HEADER,
                     row(cell("1"), cell("Əliyev Rauf"), repeat=2_000_000))  # fmt: skip
    assert path.stat().st_size < 2000
    started = time.monotonic()
    with pytest.raises(ListFileError, match="repeat"):
        preview_list(path, ColumnMapping())
    assert time.monotonic() - started < 5


def test_an_ods_cell_repeated_across_a_million_columns_is_refused(tmp_path: Path) -> None:
    path = write_ods(tmp_path / "wide.ods", HEADER,
                     row(cell("1"), cell("Əliyev Rauf", repeat=1_000_000)))  # fmt: skip
    with pytest.raises(ListFileError, match=r"repeat|columns"):
        preview_list(path, ColumnMapping())


def test_an_ods_as_office_programs_write_it_is_read_quickly(tmp_path: Path) -> None:
    # LibreOffice ends a sheet with an empty row repeated to the last of 1,048,576 rows, and
    # each row with empty cells repeated to the last column: nothing to expand.
    path = write_ods(
        tmp_path / "list.ods",
        row(cell("record_id"), cell("full_name"), cell("birth_year"), cell("", repeat=16_381)),
        row(cell("A1"), cell("Əliyev  Rauf"), cell("1950", value_type="float", value="1950"),
            cell("", repeat=16_381)),
        row(cell("", repeat=16_384), repeat=3),
        row(cell("A2"), cell("Алиева Севиль"), cell("", repeat=16_382)),
        row(cell("", repeat=16_384), repeat=1_048_570),
    )  # fmt: skip
    tracemalloc.start()
    started = time.monotonic()
    report, first = preview_list(path, ColumnMapping())
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert time.monotonic() - started < 5
    assert peak < 50 * 1024 * 1024
    assert report.header == ["record_id", "full_name", "birth_year"]
    assert report.rows == 2
    assert first[0] == ["A1", "Əliyev  Rauf", "1950"]
    assert first[1][:2] == ["A2", "Алиева Севиль"]


def write_zip_bomb_xlsx(path: Path, member_bytes: int) -> Path:
    """An XLSX whose sheet is megabytes of one repeated row: it packs a thousandfold."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["record_id", "full_name"])
    book.save(path)
    with zipfile.ZipFile(path) as original:
        members = {name: original.read(name) for name in original.namelist()}
    filler = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>'
    sheet = members["xl/worksheets/sheet1.xml"]
    head, tail = sheet.split(b"</sheetData>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            if name != "xl/worksheets/sheet1.xml":
                archive.writestr(name, data)
        with archive.open("xl/worksheets/sheet1.xml", "w") as out:
            out.write(head)
            for _ in range(member_bytes // len(filler)):
                out.write(filler)
            out.write(b"</sheetData>" + tail)
    return path


def test_an_xlsx_that_unpacks_a_thousandfold_is_refused_before_parsing(tmp_path: Path) -> None:
    path = write_zip_bomb_xlsx(tmp_path / "bomb.xlsx", 20 * 1024 * 1024)
    assert path.stat().st_size < 200 * 1024
    started = time.monotonic()
    with pytest.raises(ListFileError, match="RIGHTSLEDGER_LIST_MAX_PACKING_RATIO"):
        preview_list(path, ColumnMapping())
    assert time.monotonic() - started < 2


def test_the_unpacked_size_is_limited(tmp_path: Path, settings: Any) -> None:
    settings.LIST_MAX_PACKING_RATIO = 10_000
    settings.LIST_MAX_UNPACKED_BYTES = 5 * 1024 * 1024
    path = write_zip_bomb_xlsx(tmp_path / "big.xlsx", 6 * 1024 * 1024)
    with pytest.raises(ListFileError, match="RIGHTSLEDGER_LIST_MAX_UNPACKED_BYTES"):
        preview_list(path, ColumnMapping())


def csv_list(path: Path, rows: int, columns: int) -> Path:
    header = ",".join(["full_name"] + [f"c{i}" for i in range(columns - 1)])
    line = ",".join(["Əliyev Rauf"] + ["x"] * (columns - 1))
    path.write_text(header + "\n" + "\n".join([line] * rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("limit", "rows", "columns", "variable"),
    [("LIST_MAX_ROWS", 11, 2, "RIGHTSLEDGER_LIST_MAX_ROWS"),
     ("LIST_MAX_COLUMNS", 2, 11, "RIGHTSLEDGER_LIST_MAX_COLUMNS"),
     ("LIST_MAX_CELLS", 6, 5, "RIGHTSLEDGER_LIST_MAX_CELLS")],
)  # fmt: skip
def test_rows_columns_and_cells_are_limited(
    tmp_path: Path, settings: Any, limit: str, rows: int, columns: int, variable: str
) -> None:
    setattr(settings, limit, 10 if limit != "LIST_MAX_CELLS" else 30)
    with pytest.raises(ListFileError, match=variable):
        preview_list(csv_list(tmp_path / "list.csv", rows, columns), ColumnMapping())
    setattr(settings, limit, 10_000)
    report, _ = preview_list(csv_list(tmp_path / "fine.csv", rows, columns), ColumnMapping())
    assert report.rows == rows


def test_an_ods_with_a_document_type_definition_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "laughs.ods"
    write_ods(path, HEADER)
    with zipfile.ZipFile(path) as archive:
        content = archive.read("content.xml").decode()
    laughs = '<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    content = content.replace("?>", "?>" + laughs, 1).replace("record_id", "&b;")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
    with pytest.raises(ListFileError, match="not a readable ODS"):
        preview_list(path, ColumnMapping())


def test_a_bad_limit_in_the_environment_stops_the_program() -> None:
    environment = {**os.environ, "RIGHTSLEDGER_LIST_MAX_ROWS": "many"}
    result = subprocess.run(
        [sys.executable, "-c", "import rightsledger.settings"],
        env=environment, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode != 0
    assert "RIGHTSLEDGER_LIST_MAX_ROWS" in result.stderr
