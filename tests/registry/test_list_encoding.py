"""A list's text encoding is decided once for the whole file, and the evidence is shown.

A file that is mostly valid UTF-8 is UTF-8: rows with bytes that are not are named as
errors (the file is refused unless they are skipped); it is never quietly read as cp1251.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rightsledger.registry.importing import (
    ColumnMapping,
    ImportRefused,
    ListFileError,
    import_list,
    preview_list,
)
from rightsledger.registry.models import SourceRecord

HEADER = "record_id,full_name,status\n"
GOOD_ROWS = [
    "1,Əliyev Rauf,killed\n", "2,Hüseynova Səbinə,missing\n", "3,Qasımov Elçin,injured\n",
    "4,Məmmədov Ağa,killed\n",
]  # fmt: skip


def utf8_list_with_a_bad_byte(path: Path) -> Path:
    body = HEADER.encode() + b"".join(row.encode() for row in GOOD_ROWS)
    # Row 5: one byte of "Ə" (c6 8f) lost in transit: \xc6 followed by "l".
    body += b"5,\xc6liyeva Leyla,killed\n"
    path.write_bytes(body)
    return path


def test_a_mostly_utf8_file_is_utf8_with_the_bad_row_named(tmp_path: Path) -> None:
    path = utf8_list_with_a_bad_byte(tmp_path / "list.csv")
    report, first = preview_list(path, ColumnMapping())
    assert report.table.encoding == "utf-8"
    assert first[0] == ["1", "Əliyev Rauf", "killed"]
    assert [row for row, _ in report.errors] == [5]
    message = report.errors[0][1]
    assert "not UTF-8" in message
    assert "\\xc6" in message
    assert "full_name" in message
    assert "line 6" in report.table.evidence


def test_the_file_is_refused_unless_the_bad_rows_are_skipped(
    case: Any, owner: Any, tmp_path: Path
) -> None:
    path = utf8_list_with_a_bad_byte(tmp_path / "list.csv")
    with pytest.raises(ImportRefused) as refused:
        import_list(case=case, source="NGO", path=path, acting_user=owner)
    assert "row 5: error: " in refused.value.report.summary()  # type: ignore[attr-defined]
    assert not SourceRecord.objects.exists()
    report = import_list(case=case, source="NGO", path=path, acting_user=owner, skip_invalid=True)
    assert report.imported == 4
    names = set(SourceRecord.objects.values_list("full_name", flat=True))
    assert "Əliyev Rauf" in names  # not "ЖЏliyev Rauf"
    assert not any("Ж" in name or "\ufffd" in name for name in names)


def test_a_legacy_file_is_read_whole_in_one_encoding_and_says_why(tmp_path: Path) -> None:
    path = tmp_path / "committee.csv"
    path.write_bytes("record_id;full_name\n1;Алиева Севиль\n2;Гусейнов Рауф\n".encode("cp1251"))
    report, first = preview_list(path, ColumnMapping())
    assert report.table.encoding == "cp1251"
    assert first == [["1", "Алиева Севиль"], ["2", "Гусейнов Рауф"]]
    evidence = report.table.evidence
    assert "not UTF-8" in evidence
    assert "line 2" in evidence
    assert "cp1251" in report.summary()
    assert evidence in report.summary()


def test_a_header_that_is_not_utf8_refuses_the_file(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    lines = [HEADER.replace("full_name", "full_nam\xe9").encode("cp1252")]
    lines += [row.encode() for row in GOOD_ROWS * 3]
    path.write_bytes(b"".join(lines))
    with pytest.raises(ListFileError, match="header"):
        preview_list(path, ColumnMapping())
