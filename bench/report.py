"""Benchmark: the case file of a case of 100,000 persons (target: under 2 minutes, 2 GB).

The case is the one ``bench/records.py`` builds (persons made from six imported lists,
linked, a few thousand entered by hand; ``_list_persons``), kept and reused while it holds
that many persons.  Each measurement runs in a process of its own, so its peak memory
(the process's maximum resident set) is its own:

* baselines, in the same run: the figures alone (``registry.stats.case_figures``, cold: what
  the figures page counts) and writing the persons CSV export (``export persons``: one row
  per list row, streamed from the database);
* the case file as PDF and as HTML (internal), and as PDF for publication (redacted).

    .venv/bin/python bench/report.py --persons 100000
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from _django import setup

MEASURES = ("figures", "csv", "pdf", "html", "pdf-publication")
TARGET_SECONDS, TARGET_MB = 120, 2048


def measure(name: str, persons: int, home: Path) -> dict[str, Any]:
    from records import bench_case

    setup("sqlite", home / "sqlite")
    case, user, _ = bench_case(persons)
    from django.core.cache import cache

    cache.clear()
    started = time.perf_counter()
    out: dict[str, Any] = {"measure": name}
    if name == "figures":
        from rightsledger.registry.stats import case_figures

        figures = case_figures(case)
        out["figures"] = figures.figures
        out["persons"] = figures.persons
    elif name == "csv":
        from rightsledger.registry.export_persons import rows, write

        stream = io.StringIO()
        write(rows(case, user), "csv", stream)
        out["bytes"] = len(stream.getvalue().encode("utf-8"))
    else:
        from rightsledger.reports.actions import render

        fmt = "html" if name == "html" else "pdf"
        purpose = "publication" if name.endswith("publication") else "internal"
        target = home / f"case-file-{name}.{fmt}"
        with target.open("wb") as stream:
            doc = render(case, user, stream, fmt=fmt, purpose=purpose)
        out["bytes"] = target.stat().st_size
        out["victims"] = doc.victims_count
        if fmt == "pdf":
            from pypdf import PdfReader

            out["pages"] = len(PdfReader(target).pages)
    out["seconds"] = round(time.perf_counter() - started, 1)
    out["peak_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--home", type=Path, default=Path("/tmp/rightsledger-bench"))
    parser.add_argument("--only", choices=MEASURES, help="(internal) one measure, as JSON")
    args = parser.parse_args()
    if args.only:
        print(json.dumps(measure(args.only, args.persons, args.home)))
        return
    # Load (or find) the case first, so no measure pays for it.
    subprocess.run([sys.executable, str(Path(__file__).with_name("records.py")), "--persons",
                    str(args.persons), "--backend", "sqlite", "--home", str(args.home),
                    "--load-only"], check=True)  # fmt: skip
    results = []
    for name in MEASURES:
        done = subprocess.run([sys.executable, __file__, "--persons", str(args.persons),
                               "--home", str(args.home), "--only", name],
                              check=True, capture_output=True, text=True)  # fmt: skip
        results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    print(f"\n== case file of {args.persons:,} persons (SQLite; load average "
          f"{[round(x, 2) for x in os.getloadavg()]}) ==")  # fmt: skip
    print(f"{'measure':34} {'seconds':>8} {'peak MB':>8} {'bytes':>13} {'pages':>6}")
    labels = {"figures": "baseline: figures alone (cold)",
              "csv": "baseline: persons CSV export", "pdf": "case file PDF (internal)",
              "html": "case file HTML (internal)",
              "pdf-publication": "case file PDF (publication)"}  # fmt: skip
    for r in results:
        verdict = ""
        if r["measure"] not in ("figures", "csv"):
            ok = r["seconds"] < TARGET_SECONDS and r["peak_mb"] < TARGET_MB
            verdict = "ok" if ok else "MISSED"
        print(f"{labels[r['measure']]:34} {r['seconds']:8} {r['peak_mb']:8} "
              f"{r.get('bytes', ''):>13} {r.get('pages', ''):>6}  {verdict}")  # fmt: skip
    figures = results[0]
    print(f"persons {figures['persons']:,}; victims listed {results[2].get('victims', 0):,}; "
          "figures: " + ", ".join(f"{k} {v:,}" for k, v in figures["figures"].items()))  # fmt: skip
    print(f"targets: under {TARGET_SECONDS} s and {TARGET_MB} MB per case file")


if __name__ == "__main__":
    main()
