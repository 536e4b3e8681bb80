"""Benchmark: how fast lists are imported, and linkage results written back, at scale.

Generates victim lists with the independent generator (``bench/listgen``: several
organisations' lists in Azerbaijani, Russian, English and Armenian conventions, nothing
imported from the project), writes each as a CSV file and then, on a fresh case:

* imports every list through ``import_list`` — what ``rightsledger import-list`` and the
  browser's import job run: reading, checking every row, raw rows, source records, the
  persons, names, involvements and statuses each row states, and the bulk history — and
  reports list rows per second (target: at least 5,000 rows/s);
* links the case through ``run_linkage`` — what ``rightsledger link`` and the linkage job
  run — and reports, apart from the linkage's own computing (Splink), the write-back: rows
  moved to their persons through the actions, persons recomputed or retired, the pairs for
  review and the history, in records per second (target: at least 20,000 records/s).

Baselines, in the same run and on the same rows: the file read and checked alone (no
write); the same raw rows written by one bare bulk insert (no derivation, no history), and
for the write-back one bare UPDATE touching every record's person (no history), each in a
transaction rolled back.

    .venv/bin/python bench/scale_writes.py --records 100000 --backend postgres

PostgreSQL runs on ``rightsledger_bench_writes`` (created if missing; ``BENCH_DATABASE_URL``
overrides), SQLite in a home under ``--home``; each run makes a new case.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _django import bench_user, each_backend, setup

IMPORT_TARGET_ROWS_S = 5_000
WRITE_BACK_TARGET_RECORDS_S = 20_000
WRITES_PG_URL = "postgres://postgres@127.0.0.1:5432/rightsledger_bench_writes"


def write_lists(records: int, seed: int, directory: Path) -> dict[str, Path]:
    """The generator's lists as CSV files, one per organisation, in its canonical columns."""
    from listgen import generate
    from listgen.lists import COLUMNS

    data = generate(records=records, seed=seed)
    files: dict[str, Path] = {}
    for source, rows in data.records.groupby("source", sort=True):
        path = directory / f"{source}.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(COLUMNS)
            writer.writerows(rows[list(COLUMNS)].itertuples(index=False, name=None))
        files[str(source)] = path
    return files


class _Timed:
    """Wraps a module function so that the time spent in it is added up."""

    def __init__(self, module: Any, name: str) -> None:
        self.module, self.name, self.seconds = module, name, 0.0
        self.original = getattr(module, name)

    def __enter__(self) -> _Timed:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return self.original(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - started

        setattr(self.module, self.name, timed)
        return self

    def __exit__(self, *exc: object) -> None:
        setattr(self.module, self.name, self.original)


class _RolledBack(Exception):
    """Raised inside a baseline's transaction so that nothing it wrote stays."""


def _bare_insert_seconds(case: Any, files: dict[str, Path]) -> float:
    """The same rows written as raw rows by one bulk insert per list, rolled back."""
    from django.db import transaction

    from rightsledger.registry.importing.reading import detect_format, iter_rows
    from rightsledger.registry.models import ListImport, RawRow

    imports = {i.file_name: i for i in ListImport.objects.filter(case=case)}
    started = time.perf_counter()
    try:
        with transaction.atomic():
            for path in files.values():
                rows = iter_rows(path, detect_format(path))
                next(rows)  # the header
                RawRow.objects.bulk_create(
                    (RawRow(case=case, list_import=imports[path.name], row_number=1_000_000 + n,
                            cells=cells) for n, cells in enumerate(rows, start=1)),
                    batch_size=5000,
                )  # fmt: skip
            elapsed = time.perf_counter() - started
            raise _RolledBack
    except _RolledBack:
        return elapsed


def _bare_update_seconds(case: Any) -> float:
    """One UPDATE setting every record's person to itself, rolled back."""
    from django.db import connection, transaction

    from rightsledger.registry.models import SourceRecord

    table = SourceRecord._meta.db_table
    started = time.perf_counter()
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(f"UPDATE {table} SET person_id = person_id WHERE case_id = %s",  # noqa: S608
                           [case.pk])  # fmt: skip
            elapsed = time.perf_counter() - started
            raise _RolledBack
    except _RolledBack:
        return elapsed


def run_one(backend: str, records: int, seed: int, home: Path) -> dict[str, Any]:
    if backend == "postgres":
        os.environ.setdefault("BENCH_DATABASE_URL", WRITES_PG_URL)
    setup(backend, home / backend)

    from rightsledger.cases.actions import create_case
    from rightsledger.registry import linking
    from rightsledger.registry.importing import importer
    from rightsledger.registry.importing.mapping import ColumnMapping
    from rightsledger.registry.models import SourceRecord

    user = bench_user()
    case = create_case(name=f"Writes {records} {time.time_ns()}", owner=user)
    result: dict[str, Any] = {"backend": backend, "records": records,
                              "load_average": [round(x, 2) for x in os.getloadavg()]}  # fmt: skip
    with tempfile.TemporaryDirectory() as scratch:
        files = write_lists(records, seed, Path(scratch))
        started = time.perf_counter()
        for path in files.values():
            importer._validate(path, ColumnMapping())
        result["validate_only_s"] = round(time.perf_counter() - started, 2)

        rows, skipped, started = 0, 0, time.perf_counter()
        for source, path in files.items():
            report = importer.import_list(case=case, source=source, path=path, acting_user=user,
                                          skip_invalid=True)  # fmt: skip
            rows += report.imported
            skipped += report.rows - report.imported
        result["import_s"] = round(time.perf_counter() - started, 2)
        result["rows_imported"], result["rows_skipped"] = rows, skipped
        result["bare_insert_s"] = round(_bare_insert_seconds(case, files), 2)

    with (_Timed(linking, "link") as computing, _Timed(linking, "records_frame") as framing,
          _Timed(linking, "refresh_documented_records") as refreshing):  # fmt: skip
        started = time.perf_counter()
        outcome = linking.run_linkage(case=case, acting_user=user)
        whole = time.perf_counter() - started
    result["linkage_s"] = round(whole, 2)
    result["linkage_compute_s"] = round(computing.seconds + framing.seconds, 2)
    result["write_back_s"] = round(whole - computing.seconds - framing.seconds
                                   - refreshing.seconds, 2)  # fmt: skip
    result["linked_records"], result["persons"] = outcome.records, outcome.persons
    result["review_pairs"] = outcome.review_pairs
    result["bare_update_s"] = round(_bare_update_seconds(case), 2)
    assert SourceRecord.objects.filter(case=case).count() == rows
    result["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    return result


def _rate(count: int, seconds: float) -> int:
    return round(count / seconds) if seconds > 0 else 0


def report(result: dict[str, Any]) -> None:
    rows, records = result["rows_imported"], result["linked_records"]
    import_rate = _rate(rows, result["import_s"])
    write_rate = _rate(records, result["write_back_s"])
    print(f"\n== {result['backend']} — {result['records']:,} generated records ==")
    print(f"load average (1/5/15 min) before: {result['load_average']}, "
          f"after: {result['load_average_after']}")  # fmt: skip
    print(f"import: {rows:,} rows ({result['rows_skipped']:,} refused) in {result['import_s']} s"
          f" = {import_rate:,} rows/s — target ≥ {IMPORT_TARGET_ROWS_S:,}: "
          f"{'ok' if import_rate >= IMPORT_TARGET_ROWS_S else 'MISSED'}")  # fmt: skip
    print(f"  baseline: read and check only {result['validate_only_s']} s "
          f"({_rate(rows, result['validate_only_s']):,} rows/s); bare bulk insert of the raw "
          f"rows {result['bare_insert_s']} s ({_rate(rows, result['bare_insert_s']):,} rows/s)")  # fmt: skip
    print(f"linkage: {records:,} records into {result['persons']:,} persons "
          f"({result['review_pairs']:,} pairs for review) in {result['linkage_s']} s, of which "
          f"computing {result['linkage_compute_s']} s")  # fmt: skip
    print(f"write-back: {result['write_back_s']} s = {write_rate:,} records/s — target ≥ "
          f"{WRITE_BACK_TARGET_RECORDS_S:,}: "
          f"{'ok' if write_rate >= WRITE_BACK_TARGET_RECORDS_S else 'MISSED'}")  # fmt: skip
    print(
        f"  baseline: one bare UPDATE of every record's person {result['bare_update_s']} s "
        f"({_rate(records, result['bare_update_s']):,} records/s)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--records", type=int, default=100_000,
                        help="list rows to generate, across all lists (default 100,000)")  # fmt: skip
    parser.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="postgres")
    parser.add_argument("--seed", type=int, default=1, help="the generator's seed")
    parser.add_argument("--home", type=Path, default=Path("/tmp/rightsledger-bench-writes"),
                        help="where the SQLite database is kept (under <home>/sqlite)")  # fmt: skip
    parser.add_argument("--json", action="store_true", help="(internal) print the result as JSON")
    args = parser.parse_args()
    each_backend(
        args.backend, __file__,
        ["--records", str(args.records), "--seed", str(args.seed), "--home", str(args.home)],
        args.json, lambda backend: run_one(backend, args.records, args.seed, args.home), report,
    )  # fmt: skip


if __name__ == "__main__":
    main()
