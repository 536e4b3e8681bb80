"""Importing lists: formats, encodings, validation, all-or-nothing, verbatim rows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from rightsledger.cases.actions import state_hash
from rightsledger.cases.models import HistoryEntry
from rightsledger.registry.importing import (
    ColumnMapping,
    ImportRefused,
    ListFileError,
    import_list,
    load_mapping,
    preview_list,
)
from rightsledger.registry.models import ListImport, RawRow, SourceRecord

ROWS = [
    ["record_id", "full_name", "sex", "birth_year", "age", "event_date", "status", "family_id"],
    ["A1", "Əliyev Həsən Əli oğlu", "M", "1950", "42", "1992-02-26", "killed", "F1"],
    ["A2", "Алиева Севиль", "ж", "1961", "", "26.02.1992", "в плену", "F1"],
    ["A3", "Petrosyan Armen", "m", "1966", "", "1992", "wounded", ""],
]


def write_csv(path: Path, rows: list[list[str]], *, delimiter: str = ",",
              encoding: str = "utf-8") -> Path:  # fmt: skip
    path.write_bytes("\r\n".join(delimiter.join(r) for r in rows).encode(encoding) + b"\r\n")
    return path


def imported(case: Any) -> int:
    return SourceRecord.objects.filter(case=case).count()


def test_csv_import_keeps_rows_verbatim_and_maps_values(
    case: Any, owner: Any, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "morgue.csv", ROWS)
    report = import_list(case=case, source="Morgue register", path=path, acting_user=owner)
    assert report.imported == 3
    records = {r.record_id: r for r in SourceRecord.objects.filter(case=case)}
    assert records["A1"].status == "killed"
    assert records["A2"].status == "captured"
    assert records["A2"].status_as_given == "в плену"
    assert records["A2"].sex == "female"
    assert records["A3"].status == "injured"
    raw = RawRow.objects.get(record=records["A2"])
    assert raw.cells == ROWS[2]
    assert raw.row_number == 2
    entry = HistoryEntry.objects.filter(case=case, object_type="bulk", action="bulk").get()
    assert entry.after["summary"]["sha256"] == report.sha256
    assert entry.after["summary"]["rows_imported"] == 3
    # Every row written is in the history, with the hash of its state.
    for record in records.values():
        assert entry.after["rows"]["registry.sourcerecord"]["create"][str(record.pk)] == (
            state_hash(record)
        )
        person = record.person
        assert person is not None
        assert str(person.pk) in entry.after["rows"]["records.person"]["create"]
        # The row's facts are the person's, attributed to the row and its source.
        name = person.names.get()
        assert (name.source_record_id, name.source_id) == (record.pk, record.source_id)
        assert name.value == record.display_name
        if record.status:
            status = person.statuses.get()
            assert (status.status, status.source_record_id) == (record.status, record.pk)
            assert status.involvement.source_record_id == record.pk


@pytest.mark.parametrize(("delimiter", "encoding"), [(";", "cp1251"), ("\t", "utf-16"),
                                                     ("|", "utf-8-sig")])  # fmt: skip
def test_delimiters_and_encodings_are_detected(
    case: Any, owner: Any, tmp_path: Path, delimiter: str, encoding: str
) -> None:
    rows = [[cell.replace("Ə", "А").replace("ə", "а").replace("ğ", "г").replace("ı", "ы")
             for cell in row] for row in ROWS] if encoding == "cp1251" else ROWS  # fmt: skip
    path = write_csv(tmp_path / "list.csv", rows, delimiter=delimiter, encoding=encoding)
    report, first = preview_list(path, ColumnMapping())
    assert report.table.delimiter == delimiter
    assert first[1] == rows[2]
    import_list(case=case, source="NGO", path=path, acting_user=owner)
    assert set(SourceRecord.objects.values_list("full_name", flat=True)) == {r[1] for r in rows[1:]}


def test_xlsx_and_ods(case: Any, owner: Any, tmp_path: Path) -> None:
    import pandas as pd
    from openpyxl import Workbook

    book = Workbook()
    for row in ROWS:
        book.active.append(row)
    book.save(tmp_path / "hospital.xlsx")
    import_list(case=case, source="Hospital", path=tmp_path / "hospital.xlsx", acting_user=owner)
    pd.DataFrame(ROWS[1:], columns=ROWS[0]).to_excel(
        tmp_path / "icrc.ods", engine="odf", index=False
    )
    import_list(case=case, source="ICRC", path=tmp_path / "icrc.ods", acting_user=owner)
    names = list(SourceRecord.objects.filter(case=case).values_list("source__title", "full_name"))
    assert sorted(names) == sorted([(s, r[1]) for s in ("Hospital", "ICRC") for r in ROWS[1:]])


def test_mapping_names_columns_and_statuses(case: Any, owner: Any, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "committee.csv", [
        ["№", "Фамилия", "Имя", "Отчество", "Судьба"],
        ["7", "Гусейнов", "Рауф", "Алиевич", "судьба неизвестна"],
    ])  # fmt: skip
    mapping_file = tmp_path / "mapping.yaml"
    mapping_file.write_text(
        "columns:\n  record_id: '№'\n  surname: Фамилия\n  given_name: Имя\n"
        "  patronymic: Отчество\n  status: Судьба\nstatus_values:\n"
        "  судьба неизвестна: missing\n", encoding="utf-8")  # fmt: skip
    import_list(case=case, source="Refugee committee", path=path, acting_user=owner,
                mapping=load_mapping(mapping_file))  # fmt: skip
    record = SourceRecord.objects.get(case=case)
    assert (record.record_id, record.surname, record.patronymic, record.status) == (
        "7", "Гусейнов", "Алиевич", "missing")  # fmt: skip


def test_doubtful_values_are_warnings_and_kept(case: Any, owner: Any, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "l.csv", [
        ["full_name", "birth_year", "age", "event_date", "status", "birth_date"],
        ["Qasımova Aygün", "1979", "5", "1992-02-26", "kidnapped?", "31.02.1979"],
    ])  # fmt: skip
    report = import_list(case=case, source="Press", path=path, acting_user=owner)
    record = SourceRecord.objects.get(case=case)
    text = " ".join(record.warnings)
    assert "disagrees" in text
    assert "status" in text
    assert "birth_date" in text
    assert record.status == ""
    assert record.status_as_given == "kidnapped?"
    assert record.birth_date == "31.02.1979"
    assert report.rows_with_warnings == 1


def test_a_row_without_a_name_refuses_the_whole_file(case: Any, owner: Any, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "l.csv", [*ROWS, ["A4", "", "f", "", "", "", "killed", ""]])
    history = HistoryEntry.objects.count()
    with pytest.raises(ImportRefused) as refused:
        import_list(case=case, source="Morgue", path=path, acting_user=owner)
    assert refused.value.report.errors == [(4, "no name at all")]  # type: ignore[attr-defined]
    assert imported(case) == 0
    assert ListImport.objects.count() == 0
    assert HistoryEntry.objects.count() == history


def test_skip_invalid_imports_the_rest_and_lists_skipped(
    case: Any, owner: Any, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "l.csv", [*ROWS, ["A4", "", "f", "", "", "", "killed", ""]])
    report = import_list(
        case=case, source="Morgue", path=path, acting_user=owner, skip_invalid=True
    )
    assert report.imported == 3
    assert ListImport.objects.get().skipped_rows == [{"row": 4, "error": "no name at all"}]


def test_reimporting_the_same_file_is_detected(case: Any, owner: Any, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "l.csv", ROWS)
    import_list(case=case, source="Morgue", path=path, acting_user=owner)
    copy = write_csv(tmp_path / "renamed.csv", ROWS)
    with pytest.raises(ListFileError, match="already imported"):
        import_list(case=case, source="Morgue", path=copy, acting_user=owner)
    assert imported(case) == 3


@pytest.mark.parametrize(("content", "message"), [
    (b"", "empty"),
    (b"\x00\x01\x02binary", "binary"),
    (b"full_name,status\r\n", "no rows"),
    (b"PK\x03\x04not really a zip", "ZIP"),
    (b"city,country\r\nBaku,AZ\r\n", "no name column"),
])  # fmt: skip
def test_malformed_files_get_a_clear_error(
    case: Any, owner: Any, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(ListFileError, match=message):
        import_list(case=case, source="X", path=path, acting_user=owner)
    assert imported(case) == 0


def test_hostile_cells_are_kept_verbatim(case: Any, owner: Any, tmp_path: Path) -> None:
    hostile = '=HYPERLINK("http://x");DROP TABLE x;--<script>'
    path = write_csv(tmp_path / "l.csv", [["full_name", "notes"], ["Rauf", hostile.replace(",", " ")]],
                     delimiter="\t")  # fmt: skip
    import_list(case=case, source="X", path=path, acting_user=owner)
    assert SourceRecord.objects.get().notes == hostile.replace(",", " ")


def test_a_bad_mapping_is_refused(tmp_path: Path) -> None:
    mapping = tmp_path / "m.yaml"
    mapping.write_text("columns:\n  shoe_size: Size\n", encoding="utf-8")
    with pytest.raises(ListFileError, match="unknown canonical columns"):
        load_mapping(mapping)
    mapping.write_text("status_values:\n  x: vanished\n", encoding="utf-8")
    with pytest.raises(ListFileError, match="unknown victim statuses"):
        load_mapping(mapping)


def test_a_list_documents_an_event_and_its_source_is_graded(
    case: Any, owner: Any, tmp_path: Path
) -> None:
    from rightsledger.records.models import Act
    from tests.factories import event as make_event

    documented = make_event(case, owner)
    path = write_csv(tmp_path / "l.csv", ROWS)
    import_list(case=case, source="Morgue", path=path, acting_user=owner, event=documented,
                reliability="C")  # fmt: skip
    record = SourceRecord.objects.filter(case=case, status="killed").first()
    assert record is not None
    assert record.source.reliability == "C"  # type: ignore[union-attr]
    acts = Act.objects.filter(case=case)
    assert {a.event_id for a in acts} == {documented.pk}
    assert "killing" in {a.act_type for a in acts}


def test_a_list_without_an_event_gets_one_of_its_own(case: Any, owner: Any, tmp_path: Path) -> None:
    import_list(case=case, source="Morgue", path=write_csv(tmp_path / "l.csv", ROWS),
                acting_user=owner)  # fmt: skip
    list_import = ListImport.objects.get()
    assert list_import.event is not None
    assert "Morgue" in list_import.event.title


def test_dates_written_with_month_names_or_a_month_only_are_read(
    case: Any, owner: Any, tmp_path: Path
) -> None:
    from rightsledger.records.models import StatusRecord

    rows = [
        ["record_id", "full_name", "birth_date", "event_date", "status"],
        ["B1", "Гусейнов Рамиз", "5 марта 1961 г.", "19 октября 1993 г.", "погиб"],
        ["B2", "Hüseynova Aygün", "12 İyun 1970", "10.1993", "itkin"],
        ["B3", "Huseynov Kamal", "", "sometime that autumn", "killed"],
    ]
    report = import_list(case=case, source="Commission", path=write_csv(tmp_path / "d.csv", rows),
                         acting_user=owner)  # fmt: skip
    records = {r.record_id: r for r in SourceRecord.objects.filter(case=case)}
    assert records["B1"].birth_year == 1961
    assert records["B2"].birth_year == 1970
    statuses = {
        s.source_record.record_id: (s.date, s.date_precision)
        for s in StatusRecord.objects.filter(case=case).select_related("source_record")
    }
    assert statuses["B1"] == (dt.date(1993, 10, 19), "day")
    assert statuses["B2"] == (dt.date(1993, 10, 1), "month")
    assert statuses["B3"] == (None, "unknown")
    # Only the date that cannot be read is a warning, kept as given.
    warned = [(row, text) for row, text in report.warnings if "cannot read" in text]
    assert warned == [(3, "event_date: cannot read 'sometime that autumn', kept as given")]


def test_a_list_written_month_first_is_read_so_in_every_date(
    case: Any, owner: Any, tmp_path: Path
) -> None:
    from rightsledger.records.models import StatusRecord

    rows = [
        ["record_id", "full_name", "birth_date", "event_date", "status"],
        ["C1", "Aliyev Vugar", "11/08/1949", "02/26/1992", "killed"],
        ["C2", "Mammadov Elchin", "", "03/01/1992", "missing"],
    ]
    report = import_list(case=case, source="NGO", path=write_csv(tmp_path / "us.csv", rows),
                         acting_user=owner)  # fmt: skip
    assert report.month_first
    assert ListImport.objects.get().dates_month_first
    assert "dates: month first" in report.summary()
    statuses = {
        s.source_record.record_id: s.date
        for s in StatusRecord.objects.filter(case=case).select_related("source_record")
    }
    # 02/26 can only be month first, so the list's 03/01 is the first of March.
    assert statuses == {"C1": dt.date(1992, 2, 26), "C2": dt.date(1992, 3, 1)}
    assert not [text for _, text in report.warnings if "cannot read" in text]
