"""Import one list file into a case as one source's records: all rows or none.

Pass one reads and validates every row (nothing is written), keeping the rows that can be
records; pass two writes their raw rows and records in one transaction, letting each row go
as it is written, with the bulk history naming the file and its hash.
"""

from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.db import transaction

from rightsledger.analysis.list_dates import writes_month_first
from rightsledger.cases.actions import create_object, record_bulk_changes
from rightsledger.cases.bulk_writes import NewRows
from rightsledger.cases.models import Case
from rightsledger.cases.state import RowStates
from rightsledger.records.models import Event, Source
from rightsledger.records.vocabulary import Reliability
from rightsledger.registry.derive import ActsOfList, derive_new_rows
from rightsledger.registry.importing.errors import ImportRefused, ListFileError
from rightsledger.registry.importing.mapping import ColumnMapping
from rightsledger.registry.importing.reading import TableFormat, detect_format, iter_rows
from rightsledger.registry.importing.validation import RowOutcome, validate_row
from rightsledger.registry.models import ListImport, RawRow, SourceRecord

BATCH = 5000
Progress = Callable[[int], None]
_ValidRow = tuple[int, list[str], RowOutcome]  # number, cells, fields and warnings


@dataclass
class ImportReport:
    file_name: str
    sha256: str
    table: TableFormat
    header: list[str]
    columns: dict[str, int]
    rows: int = 0
    warnings: list[tuple[int, str]] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)
    imported: int = 0
    list_import_id: int | None = None
    # The list writes its numeric dates month first (``list_dates.writes_month_first``).
    month_first: bool = False

    @property
    def rows_with_warnings(self) -> int:
        return len({row for row, _ in self.warnings})

    def summary(self, limit: int = 20) -> str:
        lines = [
            f"{self.file_name}: {self.table.kind}"
            + (f", {self.table.encoding}, delimiter {self.table.delimiter!r}" if self.table.encoding else "")
            + f"; {self.rows} rows, {self.rows_with_warnings} with warnings, {len(self.errors)} invalid",
            "columns: " + ", ".join(f"{c}={self.header[i]!r}" for c, i in self.columns.items()),
        ]  # fmt: skip
        if self.table.evidence:
            lines.insert(1, f"encoding: {self.table.evidence}")
        lines.append(
            "dates: month first, as this list writes them (02/26/1992 is 26 February 1992)"
            if self.month_first
            else "dates: day first (26/02/1992 is 26 February 1992)"
        )
        lines += [f"  row {row}: error: {message}" for row, message in self.errors[:limit]]
        lines += [f"  row {row}: warning: {message}" for row, message in self.warnings[:limit]]
        hidden = max(0, len(self.errors) - limit) + max(0, len(self.warnings) - limit)
        if hidden:
            lines.append(f"  … and {hidden} more")
        return "\n".join(lines)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _rows(path: Path, table: TableFormat) -> tuple[list[str], Iterator[list[str]]]:
    rows = iter_rows(path, table)
    header = next(rows, None)
    if header is None or not any(cell.strip() for cell in header):
        raise ListFileError(f"{path.name}: no header row")
    return header, rows


def _data_rows(rows: Iterator[list[str]]) -> Iterator[tuple[int, list[str]]]:
    for number, cells in enumerate(rows, start=1):
        if any(cell.strip() for cell in cells):
            yield number, cells


def preview_list(path: Path, mapping: ColumnMapping, *, sample: int = 10,
                 unmapped_ok: bool = False) -> tuple[ImportReport, list[list[str]]]:  # fmt: skip
    """Validate the whole file and return the report with its first rows (writes nothing).

    With ``unmapped_ok``, a file whose names cannot be found yet (its columns still to be
    mapped) is previewed without row validation instead of refused.
    """
    return _validate(path, mapping, keep=sample, unmapped_ok=unmapped_ok)


def _validate(path: Path, mapping: ColumnMapping, *, keep: int = 0,
              progress: Progress | None = None, unmapped_ok: bool = False,
              valid: deque[_ValidRow] | None = None) -> tuple[ImportReport, list[list[str]]]:  # fmt: skip
    """Read and check every row; with ``valid``, keep there each row that can be a record."""
    if not path.is_file():
        raise ListFileError(f"{path}: no such file")
    table = detect_format(path)
    header, rows = _rows(path, table)
    try:
        columns = mapping.resolve(header)
    except ListFileError:
        if not unmapped_ok:
            raise
        columns = {}
    report = ImportReport(path.name, file_sha256(path), table, header, columns)
    report.month_first = _writes_month_first(path, table, columns)
    first: list[list[str]] = []
    for number, cells in _data_rows(rows):
        report.rows += 1
        if len(first) < keep:
            first.append(cells)
        if not columns:
            continue
        outcome = validate_row(cells, columns, mapping, number, month_first=report.month_first)
        if outcome.error:
            report.errors.append((number, outcome.error))
        elif valid is not None:
            valid.append((number, cells, outcome))
        report.warnings.extend((number, w) for w in outcome.warnings)
        if progress and report.rows % BATCH == 0:
            progress(report.rows)
    if report.rows == 0:
        raise ListFileError(f"{path.name}: the list has a header but no rows")
    return report, first


def _writes_month_first(path: Path, table: TableFormat, columns: dict[str, int]) -> bool:
    """Whether the list writes its dates month first, over all its birth and event dates
    (a pass of its own: every row is read with the order the whole list gives)."""
    at = [columns[name] for name in ("birth_date", "event_date") if name in columns]
    if not at:
        return False
    _, rows = _rows(path, table)
    return writes_month_first(cells[i] for cells in rows for i in at if i < len(cells))


def import_list(
    *,
    case: Case,
    source: Source | str,
    path: Path,
    acting_user: Any,
    mapping: ColumnMapping | None = None,
    skip_invalid: bool = False,
    progress: Progress | None = None,
    event: Event | None = None,
    reliability: str = Reliability.F,
) -> ImportReport:
    """Import ``path`` as the list of ``source`` (a Source, or a title to create one with).

    Each row becomes a record of the source and, through ``registry.derive``, a person of
    the record with the name, involvement and status it states.  ``event`` is the event the
    list documents (one is made for the list when none is given); ``reliability`` grades a
    source created here.
    """
    mapping = mapping or ColumnMapping()
    # The rows as read and checked once, written as they are (not read and checked again).
    valid: deque[_ValidRow] = deque()
    report, _ = _validate(path, mapping, progress=progress, valid=valid)
    existing = ListImport.objects.filter(case=case, file_sha256=report.sha256).first()
    if existing is not None:
        raise ListFileError(
            f"{path.name}: this exact file was already imported on "
            f"{existing.imported_at:%Y-%m-%d} as {existing.file_name!r} (sha256 {report.sha256[:12]}…)"
        )
    if report.errors and not skip_invalid:
        raise ImportRefused(
            f"{len(report.errors)} of {report.rows} rows cannot be records; nothing was imported "
            "(fix them, or skip them with --skip-invalid)",
            report,
        )
    invalid_rows = {row for row, _ in report.errors}
    with transaction.atomic():
        if isinstance(source, str):
            source = create_object(Source, acting_user=acting_user, case=case, title=source,
                                   kind="list", reliability=reliability)  # fmt: skip
        elif source.case_id != case.pk:
            raise ListFileError("the source belongs to another case")
        if event is not None and event.case_id != case.pk:
            raise ListFileError("the event belongs to another case")
        list_import = create_object(
            ListImport, acting_user=acting_user, case=case, source=source, file_name=path.name[:300],
            file_sha256=report.sha256, file_size=path.stat().st_size, file_format=report.table.kind,
            encoding=report.table.encoding, delimiter=report.table.delimiter,
            header=report.header, mapping={c: report.header[i] for c, i in report.columns.items()},
            imported_by=acting_user if getattr(acting_user, "pk", None) else None,
            skipped_rows=[{"row": r, "error": m} for r, m in report.errors], event=event,
            dates_month_first=report.month_first,
        )  # fmt: skip
        acts = ActsOfList(list_import, acting_user)
        written = _write_rows(case, source, list_import, valid, progress, acts,
                              month_first=report.month_first)  # fmt: skip
        report.imported = len(written.records)
        ListImport.objects.filter(pk=list_import.pk).update(
            rows_imported=report.imported, rows_with_warnings=report.rows_with_warnings
        )
        list_import.refresh_from_db()
        record_bulk_changes(
            case=case, acting_user=acting_user,
            summary={"id": list_import.pk, "file": path.name, "sha256": report.sha256,
                     "rows_imported": report.imported, "rows_skipped": len(invalid_rows),
                     "rows_with_warnings": report.rows_with_warnings, "source": source.pk},
            message=f"imported {report.imported} rows of {path.name} as {source}",
            created=written.in_order(acts.made), keep_entries=False,
            updated=[list_import],
        )  # fmt: skip
    report.list_import_id = list_import.pk
    return report


@dataclass
class _Written:
    """What the import wrote, as its history will name it: each row's state is taken as soon
    as its batch is written (no row changes again within the import), so that a batch's
    instances are let go before the next is built."""

    raw_rows: RowStates = field(default_factory=RowStates)
    records: RowStates = field(default_factory=RowStates)
    facts: RowStates = field(default_factory=RowStates)

    def in_order(self, acts: list[Any]) -> RowStates:
        """Every row written, in the order the history names them: raw rows, records, the
        list's acts, the persons and facts (this empties the three parts)."""
        whole = self.raw_rows
        whole.take(self.records)
        for act in acts:
            whole.add(act)
        whole.take(self.facts)
        return whole


def _write_rows(case: Case, source: Source, list_import: ListImport, valid: deque[_ValidRow],
                progress: Progress | None, acts: ActsOfList, *,
                month_first: bool = False) -> _Written:  # fmt: skip
    out = _Written()
    raw_rows, records = NewRows(RawRow), NewRows(SourceRecord)

    def flush() -> None:
        raw_rows.insert()
        raw_at = records.index["raw_row_id"]
        for raw, record in zip(raw_rows.rows, records.rows, strict=True):
            record[raw_at] = raw_rows.pk(raw)
        derived = derive_new_rows(case, records, acts, month_first=month_first)
        for states, batch in ((out.raw_rows, raw_rows), (out.records, records)):
            for row in batch.rows:
                states.add_values(batch.model, row)
        derived.add_states(out.facts)

    written = 0
    while valid:
        # Taken off as written: the rows read in pass one are let go as pass two goes.
        number, cells, outcome = valid.popleft()
        written += 1
        raw_rows.add(case_id=case.pk, list_import_id=list_import.pk, row_number=number,
                     cells=cells)  # fmt: skip
        records.add(case_id=case.pk, list_import_id=list_import.pk, source_id=source.pk,
                    warnings=outcome.warnings, **outcome.fields)  # fmt: skip
        if len(raw_rows.rows) >= BATCH:
            flush()
            raw_rows, records = NewRows(RawRow), NewRows(SourceRecord)
            if progress:
                progress(written)
    if raw_rows.rows:
        flush()
    return out
