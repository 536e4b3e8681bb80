"""Benchmark: the memory one list import needs, as the list grows.

A national registry imports lists of hundreds of thousands or millions of rows (the limit,
``RIGHTSLEDGER_LIST_MAX_ROWS``, is 2,000,000 by default), and the import is one transaction:
what it keeps in memory until the commit grows with the list. Generates one list of
``--rows`` rows with the independent generator (``bench/listgen``; the organisations' lists
joined into one file, each row given its own number) and, each in a fresh process so that
the peaks are the step's own:

* imports it through ``import_list`` (what ``rightsledger import-list`` and the import job
  run) into a fresh case, and reports the peak resident memory above the process's memory
  before the import, in MB and in KB a row, and the rows per second;
* baseline: reads and checks the same file alone, keeping the rows that can be records (the
  import's pass one, which the write needs), the same way.

    .venv/bin/python bench/import_memory.py --rows 20000,100000 [--backend sqlite|postgres]

SQLite runs in a home under ``--home``; PostgreSQL on ``rightsledger_bench_writes``
(``BENCH_DATABASE_URL`` overrides).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import deque
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))


def write_list(rows: int, seed: int, path: Path) -> int:
    """The generator's lists as one CSV file of about ``rows`` rows; returns its row count."""
    from listgen import generate
    from listgen.lists import COLUMNS

    data = generate(records=rows, seed=seed)
    number = COLUMNS.index("record_id")
    written = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for cells in data.records[list(COLUMNS)].itertuples(index=False, name=None):
            row = list(cells)
            row[number] = f"R{written}"  # the lists' own numbers repeat across lists
            writer.writerow(row)
            written += 1
    return written


def _resident_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


def measure_step(step: str, backend: str, path: Path, home: Path) -> dict[str, Any]:
    """One step in this (fresh) process: its rows, seconds and peak memory above the start."""
    from _django import bench_user, setup
    from scale_writes import WRITES_PG_URL

    if backend == "postgres":
        os.environ.setdefault("BENCH_DATABASE_URL", WRITES_PG_URL)
    setup(backend, home / backend)

    from rightsledger.cases.actions import create_case
    from rightsledger.registry.importing import importer
    from rightsledger.registry.importing.mapping import ColumnMapping

    user = bench_user()
    case = create_case(name=f"Import memory {time.time_ns()}", owner=user)
    start_mb = _resident_mb()
    started = time.perf_counter()
    if step == "import":
        report = importer.import_list(case=case, source="one list", path=path, acting_user=user,
                                      skip_invalid=True)  # fmt: skip
        rows = report.imported
    else:
        kept: deque[Any] = deque()
        importer._validate(path, ColumnMapping(), valid=kept)
        rows = len(kept)
    seconds = time.perf_counter() - started
    return {"rows": rows, "seconds": round(seconds, 2), "start_mb": round(start_mb),
            "peak_above_mb": round(_peak_mb() - start_mb, 1)}  # fmt: skip


def run_step(step: str, backend: str, path: Path, home: Path) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, "--step", step, "--backend", backend, "--file", str(path),
         "--home", str(home)],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", default="20000,100000",
                        help="list sizes to measure, comma-separated (default 20000,100000)")  # fmt: skip
    parser.add_argument("--backend", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--seed", type=int, default=1, help="the generator's seed")
    parser.add_argument("--home", type=Path, default=Path("/tmp/rightsledger-bench-import-memory"),
                        help="where the SQLite database is kept")  # fmt: skip
    parser.add_argument("--step", choices=["import", "read"], help=argparse.SUPPRESS)
    parser.add_argument("--file", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:  # (internal) one step, in a process of its own
        print(json.dumps(measure_step(args.step, args.backend, args.file, args.home)))
        return
    print(f"backend {args.backend}; load average before: {os.getloadavg()}")
    print(f"{'rows':>9} {'step':<34} {'seconds':>8} {'rows/s':>7} {'peak above start':>17} "
          f"{'KB a row':>9}")  # fmt: skip
    with tempfile.TemporaryDirectory() as scratch:
        for size in (int(n) for n in args.rows.split(",")):
            path = Path(scratch) / f"list-{size}.csv"
            write_list(size, args.seed, path)
            for step, label in (("read", "baseline: read and check (pass one)"),
                                ("import", "import_list")):  # fmt: skip
                got = run_step(step, args.backend, path, args.home)
                rate = got["rows"] / got["seconds"] if got["seconds"] else 0
                print(f"{got['rows']:>9,} {label:<34} {got['seconds']:>8} {rate:>7,.0f} "
                      f"{got['peak_above_mb']:>14,.0f} MB "
                      f"{got['peak_above_mb'] * 1024 / max(got['rows'], 1):>9.2f}")  # fmt: skip
    print(f"load average after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
